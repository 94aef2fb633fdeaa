//! Types of the API's request and response bodies.
#![allow(clippy::derivable_impls, clippy::large_enum_variant)]
/// Body of every error response: a single human-readable message.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Error {
    /// What went wrong, in English.
    pub error: ::std::string::String,
}
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Error", 1);
        s.field("error", &self.error);
        s.end()
    }
}
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Error {
    const NAME: &'static str = "Error";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["error"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("error");
        };
        ::std::result::Result::Ok(Self { error: v0 })
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
    /// Builds one from its fields.
    pub fn new(error: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { error: error.into() }
    }
}
/// Paging information returned with every list. Follow `next` until it is null to read every page.
#[cfg(
    any(
        feature = "actions",
        feature = "availability-zones",
        feature = "containers",
        feature = "node-clusters",
        feature = "node-tags",
        feature = "node-types",
        feature = "nodes",
        feature = "providers",
        feature = "regions",
        feature = "registries",
        feature = "repositories",
        feature = "services",
        feature = "stacks",
        feature = "swarms",
        feature = "triggers"
    )
)]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListMeta {
    /// Page size used for this response (25 unless `limit` was given).
    pub limit: i64,
    /// Path and query of the following page, or null on the last page.
    pub next: ::std::option::Option<::std::string::String>,
    /// Index of the first object of this page within the whole result.
    pub offset: i64,
    /// Path and query of the preceding page, or null on the first page.
    pub previous: ::std::option::Option<::std::string::String>,
    /// Number of objects matching the query across all pages.
    pub total_count: i64,
}
#[cfg(
    any(
        feature = "actions",
        feature = "availability-zones",
        feature = "containers",
        feature = "node-clusters",
        feature = "node-tags",
        feature = "node-types",
        feature = "nodes",
        feature = "providers",
        feature = "regions",
        feature = "registries",
        feature = "repositories",
        feature = "services",
        feature = "stacks",
        feature = "swarms",
        feature = "triggers"
    )
)]
impl serde::Serialize for ListMeta {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ListMeta", 5);
        s.field("limit", &self.limit);
        s.field("next", &self.next);
        s.field("offset", &self.offset);
        s.field("previous", &self.previous);
        s.field("total_count", &self.total_count);
        s.end()
    }
}
#[cfg(
    any(
        feature = "actions",
        feature = "availability-zones",
        feature = "containers",
        feature = "node-clusters",
        feature = "node-tags",
        feature = "node-types",
        feature = "nodes",
        feature = "providers",
        feature = "regions",
        feature = "registries",
        feature = "repositories",
        feature = "services",
        feature = "stacks",
        feature = "swarms",
        feature = "triggers"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ListMeta {
    const NAME: &'static str = "ListMeta";
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
            &["limit", "next", "offset", "previous", "total_count"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.value(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("limit");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("offset");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("total_count");
        };
        ::std::result::Result::Ok(Self {
            limit: v0,
            next: v1,
            offset: v2,
            previous: v3,
            total_count: v4,
        })
    }
}
#[cfg(
    any(
        feature = "actions",
        feature = "availability-zones",
        feature = "containers",
        feature = "node-clusters",
        feature = "node-tags",
        feature = "node-types",
        feature = "nodes",
        feature = "providers",
        feature = "regions",
        feature = "registries",
        feature = "repositories",
        feature = "services",
        feature = "stacks",
        feature = "swarms",
        feature = "triggers"
    )
)]
impl<'de> serde::Deserialize<'de> for ListMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "actions",
        feature = "availability-zones",
        feature = "containers",
        feature = "node-clusters",
        feature = "node-tags",
        feature = "node-types",
        feature = "nodes",
        feature = "providers",
        feature = "regions",
        feature = "registries",
        feature = "repositories",
        feature = "services",
        feature = "stacks",
        feature = "swarms",
        feature = "triggers"
    )
)]
impl ListMeta {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(limit: i64, offset: i64, total_count: i64) -> Self {
        Self {
            limit,
            next: ::std::option::Option::None,
            offset,
            previous: ::std::option::Option::None,
            total_count,
        }
    }
    /// Sets [`next`](Self::next).
    pub fn with_next(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`previous`](Self::previous).
    pub fn with_previous(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.previous = ::std::option::Option::Some(value.into());
        self
    }
}
/// A label attached to nodes, node clusters and services; services are deployed only to nodes carrying all of their tags.
#[cfg(
    any(
        feature = "node-clusters",
        feature = "nodes",
        feature = "services",
        feature = "stacks"
    )
)]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Tag {
    /// The tag text.
    pub name: ::std::string::String,
}
#[cfg(
    any(
        feature = "node-clusters",
        feature = "nodes",
        feature = "services",
        feature = "stacks"
    )
)]
impl serde::Serialize for Tag {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Tag", 1);
        s.field("name", &self.name);
        s.end()
    }
}
#[cfg(
    any(
        feature = "node-clusters",
        feature = "nodes",
        feature = "services",
        feature = "stacks"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Tag {
    const NAME: &'static str = "Tag";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self { name: v0 })
    }
}
#[cfg(
    any(
        feature = "node-clusters",
        feature = "nodes",
        feature = "services",
        feature = "stacks"
    )
)]
impl<'de> serde::Deserialize<'de> for Tag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "node-clusters",
        feature = "nodes",
        feature = "services",
        feature = "stacks"
    )
)]
impl Tag {
    /// Builds one from its fields.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { name: name.into() }
    }
}
/// One environment variable given to containers.
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EnvVar {
    /// Variable name.
    pub key: ::std::string::String,
    /// Variable value.
    pub value: ::std::string::String,
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl serde::Serialize for EnvVar {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "EnvVar", 2);
        s.field("key", &self.key);
        s.field("value", &self.value);
        s.end()
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for EnvVar {
    const NAME: &'static str = "EnvVar";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["key", "value"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("key");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("value");
        };
        ::std::result::Result::Ok(Self { key: v0, value: v1 })
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl<'de> serde::Deserialize<'de> for EnvVar {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl EnvVar {
    /// Builds one from its fields.
    pub fn new(
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            key: key.into(),
            value: value.into(),
        }
    }
}
/// When the agent restarts a container that exited.
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum Autorestart {
    /// `OFF`
    Off,
    /// `ON_FAILURE`
    OnFailure,
    /// `ALWAYS`
    Always,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
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
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::convert::From<::std::string::String> for Autorestart {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "OFF" => Self::Off,
            "ON_FAILURE" => Self::OnFailure,
            "ALWAYS" => Self::Always,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl std::fmt::Display for Autorestart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl serde::Serialize for Autorestart {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl<'de> serde::Deserialize<'de> for Autorestart {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::cmp::Eq for Autorestart {}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::cmp::PartialOrd for Autorestart {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::hash::Hash for Autorestart {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// When the agent terminates a container that exited.
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum Autodestroy {
    /// `OFF`
    Off,
    /// `ON_SUCCESS`
    OnSuccess,
    /// `ALWAYS`
    Always,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
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
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::convert::From<::std::string::String> for Autodestroy {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "OFF" => Self::Off,
            "ON_SUCCESS" => Self::OnSuccess,
            "ALWAYS" => Self::Always,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl std::fmt::Display for Autodestroy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl serde::Serialize for Autodestroy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl<'de> serde::Deserialize<'de> for Autodestroy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::cmp::Eq for Autodestroy {}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::cmp::PartialOrd for Autodestroy {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::hash::Hash for Autodestroy {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// How containers are spread over eligible nodes.
#[cfg(any(feature = "services", feature = "stacks"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum DeploymentStrategy {
    /// `EMPTIEST_NODE`
    EmptiestNode,
    /// `HIGH_AVAILABILITY`
    HighAvailability,
    /// `EVERY_NODE`
    EveryNode,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "services", feature = "stacks"))]
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
#[cfg(any(feature = "services", feature = "stacks"))]
impl ::std::convert::From<::std::string::String> for DeploymentStrategy {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "EMPTIEST_NODE" => Self::EmptiestNode,
            "HIGH_AVAILABILITY" => Self::HighAvailability,
            "EVERY_NODE" => Self::EveryNode,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl std::fmt::Display for DeploymentStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl serde::Serialize for DeploymentStrategy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl<'de> serde::Deserialize<'de> for DeploymentStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl ::std::cmp::Eq for DeploymentStrategy {}
#[cfg(any(feature = "services", feature = "stacks"))]
impl ::std::cmp::PartialOrd for DeploymentStrategy {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl ::std::hash::Hash for DeploymentStrategy {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// Docker network mode of the containers.
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum NetworkMode {
    /// `bridge`
    Bridge,
    /// `host`
    Host,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
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
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::convert::From<::std::string::String> for NetworkMode {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "bridge" => Self::Bridge,
            "host" => Self::Host,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl std::fmt::Display for NetworkMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl serde::Serialize for NetworkMode {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl<'de> serde::Deserialize<'de> for NetworkMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::cmp::Eq for NetworkMode {}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::cmp::PartialOrd for NetworkMode {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::hash::Hash for NetworkMode {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// Docker PID namespace mode of the containers.
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum PidMode {
    /// `none`
    None,
    /// `host`
    Host,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
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
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::convert::From<::std::string::String> for PidMode {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "none" => Self::None,
            "host" => Self::Host,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl std::fmt::Display for PidMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl serde::Serialize for PidMode {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl<'de> serde::Deserialize<'de> for PidMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::cmp::Eq for PidMode {}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::cmp::PartialOrd for PidMode {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::hash::Hash for PidMode {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// Transport protocol of a port.
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum PortProtocol {
    /// `tcp`
    Tcp,
    /// `udp`
    Udp,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
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
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::convert::From<::std::string::String> for PortProtocol {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "tcp" => Self::Tcp,
            "udp" => Self::Udp,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl std::fmt::Display for PortProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl serde::Serialize for PortProtocol {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl<'de> serde::Deserialize<'de> for PortProtocol {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::cmp::Eq for PortProtocol {}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::cmp::PartialOrd for PortProtocol {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "containers", feature = "services", feature = "stacks"))]
impl ::std::hash::Hash for PortProtocol {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// Progress of an action.
#[cfg(feature = "actions")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "actions")]
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
#[cfg(feature = "actions")]
impl ::std::convert::From<::std::string::String> for ActionState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "actions")]
impl std::fmt::Display for ActionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "actions")]
impl serde::Serialize for ActionState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "actions")]
impl<'de> serde::Deserialize<'de> for ActionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "actions")]
impl ::std::cmp::Eq for ActionState {}
#[cfg(feature = "actions")]
impl ::std::cmp::PartialOrd for ActionState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "actions")]
impl ::std::hash::Hash for ActionState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// An audit record of one API call. Asynchronous operations are followed by polling their action.
#[cfg(feature = "actions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Action {
    /// Identifier of the action.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: cloudsdk_runtime::uuid::Uuid,
    /// Path of this action.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Resource URI of the object the call acted on.
    ///
    /// Set by the server; ignored in requests.
    pub object: ::std::option::Option<::std::string::String>,
    /// Short human label of the operation.
    ///
    /// Set by the server; ignored in requests.
    pub action: ::std::option::Option<::std::string::String>,
    /// HTTP method of the recorded call.
    ///
    /// Set by the server; ignored in requests.
    pub method: ::std::option::Option<::std::string::String>,
    /// HTTP path of the recorded call.
    ///
    /// Set by the server; ignored in requests.
    pub path: ::std::option::Option<::std::string::String>,
    /// Account that made the call.
    ///
    /// Set by the server; ignored in requests.
    pub user: ::std::option::Option<::std::string::String>,
    /// User-Agent header of the recorded call.
    ///
    /// Set by the server; ignored in requests.
    pub user_agent: ::std::option::Option<::std::string::String>,
    /// When the action began.
    ///
    /// Set by the server; ignored in requests.
    pub start_date: ::std::option::Option<::std::string::String>,
    /// When the action finished; null while it is still running.
    ///
    /// Set by the server; ignored in requests.
    pub end_date: ::std::option::Option<::std::string::String>,
    /// `state`
    pub state: ::std::option::Option<ActionState>,
    /// Address the call came from.
    ///
    /// Set by the server; ignored in requests.
    pub ip: ::std::option::Option<::std::string::String>,
    /// Approximate place of that address.
    ///
    /// Set by the server; ignored in requests.
    pub location: ::std::option::Option<::std::string::String>,
    /// Request body of the recorded call, as a JSON document encoded in a string.
    ///
    /// Set by the server; ignored in requests.
    pub body: ::std::option::Option<::std::string::String>,
    /// Log output collected while the action ran; often empty.
    ///
    /// Set by the server; ignored in requests.
    pub logs: ::std::option::Option<::std::string::String>,
    /// Whether a user (rather than the platform) started the action.
    ///
    /// Set by the server; ignored in requests.
    pub is_user_action: ::std::option::Option<bool>,
    /// Whether `cancelAction` is currently allowed.
    ///
    /// Set by the server; ignored in requests.
    pub can_be_canceled: ::std::option::Option<bool>,
    /// Whether `retryAction` is currently allowed.
    ///
    /// Set by the server; ignored in requests.
    pub can_be_retried: ::std::option::Option<bool>,
}
#[cfg(feature = "actions")]
impl serde::Serialize for Action {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.object.is_some() as usize;
        len += self.action.is_some() as usize;
        len += self.method.is_some() as usize;
        len += self.path.is_some() as usize;
        len += self.user.is_some() as usize;
        len += self.user_agent.is_some() as usize;
        len += self.start_date.is_some() as usize;
        len += self.end_date.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.ip.is_some() as usize;
        len += self.location.is_some() as usize;
        len += self.body.is_some() as usize;
        len += self.logs.is_some() as usize;
        len += self.is_user_action.is_some() as usize;
        len += self.can_be_canceled.is_some() as usize;
        len += self.can_be_retried.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Action", len);
        s.field("uuid", &self.uuid);
        s.field("resource_uri", &self.resource_uri);
        s.optional("object", &self.object);
        s.optional("action", &self.action);
        s.optional("method", &self.method);
        s.optional("path", &self.path);
        s.optional("user", &self.user);
        s.optional("user_agent", &self.user_agent);
        s.optional("start_date", &self.start_date);
        s.optional("end_date", &self.end_date);
        s.optional("state", &self.state);
        s.optional("ip", &self.ip);
        s.optional("location", &self.location);
        s.optional("body", &self.body);
        s.optional("logs", &self.logs);
        s.optional("is_user_action", &self.is_user_action);
        s.optional("can_be_canceled", &self.can_be_canceled);
        s.optional("can_be_retried", &self.can_be_retried);
        s.end()
    }
}
#[cfg(feature = "actions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Action {
    const NAME: &'static str = "Action";
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
                "uuid",
                "resource_uri",
                "object",
                "action",
                "method",
                "path",
                "user",
                "user_agent",
                "start_date",
                "end_date",
                "state",
                "ip",
                "location",
                "body",
                "logs",
                "is_user_action",
                "can_be_canceled",
                "can_be_retried",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
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
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            uuid: v0,
            resource_uri: v1,
            object: v2,
            action: v3,
            method: v4,
            path: v5,
            user: v6,
            user_agent: v7,
            start_date: v8,
            end_date: v9,
            state: v10,
            ip: v11,
            location: v12,
            body: v13,
            logs: v14,
            is_user_action: v15,
            can_be_canceled: v16,
            can_be_retried: v17,
        })
    }
}
#[cfg(feature = "actions")]
impl<'de> serde::Deserialize<'de> for Action {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "actions")]
impl Action {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        uuid: cloudsdk_runtime::uuid::Uuid,
        resource_uri: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            uuid,
            resource_uri: resource_uri.into(),
            object: ::std::option::Option::None,
            action: ::std::option::Option::None,
            method: ::std::option::Option::None,
            path: ::std::option::Option::None,
            user: ::std::option::Option::None,
            user_agent: ::std::option::Option::None,
            start_date: ::std::option::Option::None,
            end_date: ::std::option::Option::None,
            state: ::std::option::Option::None,
            ip: ::std::option::Option::None,
            location: ::std::option::Option::None,
            body: ::std::option::Option::None,
            logs: ::std::option::Option::None,
            is_user_action: ::std::option::Option::None,
            can_be_canceled: ::std::option::Option::None,
            can_be_retried: ::std::option::Option::None,
        }
    }
    /// Sets [`object`](Self::object).
    pub fn with_object(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.object = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`action`](Self::action).
    pub fn with_action(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.action = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`method`](Self::method).
    pub fn with_method(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.method = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`path`](Self::path).
    pub fn with_path(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.path = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`user`](Self::user).
    pub fn with_user(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`user_agent`](Self::user_agent).
    pub fn with_user_agent(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_agent = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`start_date`](Self::start_date).
    pub fn with_start_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`end_date`](Self::end_date).
    pub fn with_end_date(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(mut self, value: ActionState) -> Self {
        self.state = ::std::option::Option::Some(value);
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
    /// Sets [`location`](Self::location).
    pub fn with_location(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`body`](Self::body).
    pub fn with_body(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`logs`](Self::logs).
    pub fn with_logs(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`is_user_action`](Self::is_user_action).
    pub fn with_is_user_action(mut self, value: bool) -> Self {
        self.is_user_action = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`can_be_canceled`](Self::can_be_canceled).
    pub fn with_can_be_canceled(mut self, value: bool) -> Self {
        self.can_be_canceled = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`can_be_retried`](Self::can_be_retried).
    pub fn with_can_be_retried(mut self, value: bool) -> Self {
        self.can_be_retried = ::std::option::Option::Some(value);
        self
    }
}
/// A cloud provider on which node clusters can be launched.
#[cfg(feature = "providers")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Provider {
    /// Path of this provider.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Short identifier, used in URLs.
    ///
    /// Set by the server; ignored in requests.
    pub name: ::std::option::Option<::std::string::String>,
    /// Display name.
    ///
    /// Set by the server; ignored in requests.
    pub label: ::std::option::Option<::std::string::String>,
    /// Resource URIs of the provider's regions.
    ///
    /// Set by the server; ignored in requests.
    pub regions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether new nodes can currently be launched here.
    ///
    /// Set by the server; ignored in requests.
    pub available: ::std::option::Option<bool>,
}
#[cfg(feature = "providers")]
impl serde::Serialize for Provider {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.name.is_some() as usize;
        len += self.label.is_some() as usize;
        len += self.regions.is_some() as usize;
        len += self.available.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Provider", len);
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("label", &self.label);
        s.optional("regions", &self.regions);
        s.optional("available", &self.available);
        s.end()
    }
}
#[cfg(feature = "providers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Provider {
    const NAME: &'static str = "Provider";
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
            &["resource_uri", "name", "label", "regions", "available"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            resource_uri: v0,
            name: v1,
            label: v2,
            regions: v3,
            available: v4,
        })
    }
}
#[cfg(feature = "providers")]
impl<'de> serde::Deserialize<'de> for Provider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "providers")]
impl Provider {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(resource_uri: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            label: ::std::option::Option::None,
            regions: ::std::option::Option::None,
            available: ::std::option::Option::None,
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
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
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
    /// Sets [`available`](Self::available).
    pub fn with_available(mut self, value: bool) -> Self {
        self.available = ::std::option::Option::Some(value);
        self
    }
}
/// A data-centre region of a provider.
#[cfg(feature = "regions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Region {
    /// Path of this region.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Short identifier, unique within the provider.
    ///
    /// Set by the server; ignored in requests.
    pub name: ::std::option::Option<::std::string::String>,
    /// Display name.
    ///
    /// Set by the server; ignored in requests.
    pub label: ::std::option::Option<::std::string::String>,
    /// Resource URIs of node types offered in the region.
    ///
    /// Set by the server; ignored in requests.
    pub node_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Resource URIs of the region's availability zones; empty for providers without zones.
    ///
    /// Set by the server; ignored in requests.
    pub availability_zones: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Resource URI of the provider.
    ///
    /// Set by the server; ignored in requests.
    pub provider: ::std::option::Option<::std::string::String>,
    /// Whether new nodes can currently be launched here.
    ///
    /// Set by the server; ignored in requests.
    pub available: ::std::option::Option<bool>,
}
#[cfg(feature = "regions")]
impl serde::Serialize for Region {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.name.is_some() as usize;
        len += self.label.is_some() as usize;
        len += self.node_types.is_some() as usize;
        len += self.availability_zones.is_some() as usize;
        len += self.provider.is_some() as usize;
        len += self.available.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Region", len);
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("label", &self.label);
        s.optional("node_types", &self.node_types);
        s.optional("availability_zones", &self.availability_zones);
        s.optional("provider", &self.provider);
        s.optional("available", &self.available);
        s.end()
    }
}
#[cfg(feature = "regions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Region {
    const NAME: &'static str = "Region";
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
                "resource_uri",
                "name",
                "label",
                "node_types",
                "availability_zones",
                "provider",
                "available",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            resource_uri: v0,
            name: v1,
            label: v2,
            node_types: v3,
            availability_zones: v4,
            provider: v5,
            available: v6,
        })
    }
}
#[cfg(feature = "regions")]
impl<'de> serde::Deserialize<'de> for Region {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "regions")]
impl Region {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(resource_uri: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            label: ::std::option::Option::None,
            node_types: ::std::option::Option::None,
            availability_zones: ::std::option::Option::None,
            provider: ::std::option::Option::None,
            available: ::std::option::Option::None,
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
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`node_types`](Self::node_types).
    pub fn with_node_types(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.node_types = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`availability_zones`](Self::availability_zones).
    pub fn with_availability_zones(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.availability_zones = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`provider`](Self::provider).
    pub fn with_provider(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`available`](Self::available).
    pub fn with_available(mut self, value: bool) -> Self {
        self.available = ::std::option::Option::Some(value);
        self
    }
}
/// An availability zone inside a region (only AWS has them).
#[cfg(feature = "availability-zones")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AvailabilityZone {
    /// Path of this zone.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Zone identifier.
    ///
    /// Set by the server; ignored in requests.
    pub name: ::std::option::Option<::std::string::String>,
    /// Resource URI of the region.
    ///
    /// Set by the server; ignored in requests.
    pub region: ::std::option::Option<::std::string::String>,
    /// Whether new nodes can currently be launched here.
    ///
    /// Set by the server; ignored in requests.
    pub available: ::std::option::Option<bool>,
}
#[cfg(feature = "availability-zones")]
impl serde::Serialize for AvailabilityZone {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.name.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.available.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AvailabilityZone",
            len,
        );
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("region", &self.region);
        s.optional("available", &self.available);
        s.end()
    }
}
#[cfg(feature = "availability-zones")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AvailabilityZone {
    const NAME: &'static str = "AvailabilityZone";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["resource_uri", "name", "region", "available"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            resource_uri: v0,
            name: v1,
            region: v2,
            available: v3,
        })
    }
}
#[cfg(feature = "availability-zones")]
impl<'de> serde::Deserialize<'de> for AvailabilityZone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "availability-zones")]
impl AvailabilityZone {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(resource_uri: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            region: ::std::option::Option::None,
            available: ::std::option::Option::None,
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
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`available`](Self::available).
    pub fn with_available(mut self, value: bool) -> Self {
        self.available = ::std::option::Option::Some(value);
        self
    }
}
/// A machine size offered by a provider.
#[cfg(feature = "node-types")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NodeType {
    /// Path of this node type.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Short identifier, unique within the provider.
    ///
    /// Set by the server; ignored in requests.
    pub name: ::std::option::Option<::std::string::String>,
    /// Display name.
    ///
    /// Set by the server; ignored in requests.
    pub label: ::std::option::Option<::std::string::String>,
    /// Resource URIs of regions offering this size.
    ///
    /// Set by the server; ignored in requests.
    pub regions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Resource URIs of zones offering this size.
    ///
    /// Set by the server; ignored in requests.
    pub availability_zones: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Resource URI of the provider.
    ///
    /// Set by the server; ignored in requests.
    pub provider: ::std::option::Option<::std::string::String>,
    /// Whether new nodes of this size can currently be launched.
    ///
    /// Set by the server; ignored in requests.
    pub available: ::std::option::Option<bool>,
}
#[cfg(feature = "node-types")]
impl serde::Serialize for NodeType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.name.is_some() as usize;
        len += self.label.is_some() as usize;
        len += self.regions.is_some() as usize;
        len += self.availability_zones.is_some() as usize;
        len += self.provider.is_some() as usize;
        len += self.available.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NodeType", len);
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("label", &self.label);
        s.optional("regions", &self.regions);
        s.optional("availability_zones", &self.availability_zones);
        s.optional("provider", &self.provider);
        s.optional("available", &self.available);
        s.end()
    }
}
#[cfg(feature = "node-types")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NodeType {
    const NAME: &'static str = "NodeType";
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
                "resource_uri",
                "name",
                "label",
                "regions",
                "availability_zones",
                "provider",
                "available",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            resource_uri: v0,
            name: v1,
            label: v2,
            regions: v3,
            availability_zones: v4,
            provider: v5,
            available: v6,
        })
    }
}
#[cfg(feature = "node-types")]
impl<'de> serde::Deserialize<'de> for NodeType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "node-types")]
impl NodeType {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(resource_uri: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            label: ::std::option::Option::None,
            regions: ::std::option::Option::None,
            availability_zones: ::std::option::Option::None,
            provider: ::std::option::Option::None,
            available: ::std::option::Option::None,
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
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
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
    /// Sets [`availability_zones`](Self::availability_zones).
    pub fn with_availability_zones(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.availability_zones = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`provider`](Self::provider).
    pub fn with_provider(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`available`](Self::available).
    pub fn with_available(mut self, value: bool) -> Self {
        self.available = ::std::option::Option::Some(value);
        self
    }
}
/// AWS VPC placement of the cluster's nodes.
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VpcOptions {
    /// VPC identifier.
    pub id: ::std::string::String,
    /// Subnet identifiers to launch nodes in.
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Security group identifiers to attach.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "node-clusters")]
impl serde::Serialize for VpcOptions {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.subnets.is_some() as usize;
        len += self.security_groups.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "VpcOptions", len);
        s.field("id", &self.id);
        s.optional("subnets", &self.subnets);
        s.optional("security_groups", &self.security_groups);
        s.end()
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VpcOptions {
    const NAME: &'static str = "VpcOptions";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "subnets", "security_groups"],
        );
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
            return cloudsdk_runtime::de::missing("id");
        };
        ::std::result::Result::Ok(Self {
            id: v0,
            subnets: v1,
            security_groups: v2,
        })
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> serde::Deserialize<'de> for VpcOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "node-clusters")]
impl VpcOptions {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            id: id.into(),
            subnets: ::std::option::Option::None,
            security_groups: ::std::option::Option::None,
        }
    }
    /// Sets [`subnets`](Self::subnets).
    pub fn with_subnets(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.subnets = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`security_groups`](Self::security_groups).
    pub fn with_security_groups(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
        self
    }
}
/// AWS IAM settings of the cluster's nodes.
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IamOptions {
    /// Instance profile attached to each node.
    pub instance_profile_name: ::std::string::String,
}
#[cfg(feature = "node-clusters")]
impl serde::Serialize for IamOptions {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "IamOptions", 1);
        s.field("instance_profile_name", &self.instance_profile_name);
        s.end()
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for IamOptions {
    const NAME: &'static str = "IamOptions";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["instance_profile_name"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("instance_profile_name");
        };
        ::std::result::Result::Ok(Self { instance_profile_name: v0 })
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> serde::Deserialize<'de> for IamOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "node-clusters")]
impl IamOptions {
    /// Builds one from its fields.
    pub fn new(
        instance_profile_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_profile_name: instance_profile_name.into(),
        }
    }
}
/// Provider-specific launch settings; only AWS understands them.
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProviderOptions {
    /// `vpc`
    pub vpc: ::std::option::Option<VpcOptions>,
    /// `iam`
    pub iam: ::std::option::Option<IamOptions>,
}
#[cfg(feature = "node-clusters")]
impl serde::Serialize for ProviderOptions {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.vpc.is_some() as usize;
        len += self.iam.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ProviderOptions",
            len,
        );
        s.optional("vpc", &self.vpc);
        s.optional("iam", &self.iam);
        s.end()
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ProviderOptions {
    const NAME: &'static str = "ProviderOptions";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["vpc", "iam"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { vpc: v0, iam: v1 })
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> serde::Deserialize<'de> for ProviderOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "node-clusters")]
impl ProviderOptions {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            vpc: ::std::option::Option::None,
            iam: ::std::option::Option::None,
        }
    }
    /// Sets [`vpc`](Self::vpc).
    pub fn with_vpc(mut self, value: VpcOptions) -> Self {
        self.vpc = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`iam`](Self::iam).
    pub fn with_iam(mut self, value: IamOptions) -> Self {
        self.iam = ::std::option::Option::Some(value);
        self
    }
}
/// Lifecycle state of a node cluster.
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "node-clusters")]
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
#[cfg(feature = "node-clusters")]
impl ::std::convert::From<::std::string::String> for NodeClusterState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "node-clusters")]
impl std::fmt::Display for NodeClusterState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "node-clusters")]
impl serde::Serialize for NodeClusterState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> serde::Deserialize<'de> for NodeClusterState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "node-clusters")]
impl ::std::cmp::Eq for NodeClusterState {}
#[cfg(feature = "node-clusters")]
impl ::std::cmp::PartialOrd for NodeClusterState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "node-clusters")]
impl ::std::hash::Hash for NodeClusterState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A group of nodes of one type in one region, sharing a private network.
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NodeCluster {
    /// Identifier of the cluster.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: cloudsdk_runtime::uuid::Uuid,
    /// Path of this cluster.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Cluster name.
    pub name: ::std::option::Option<::std::string::String>,
    /// Display name; defaults to `name`.
    pub nickname: ::std::option::Option<::std::string::String>,
    /// `state`
    pub state: ::std::option::Option<NodeClusterState>,
    /// Resource URI of the node type of every node.
    pub node_type: ::std::option::Option<::std::string::String>,
    /// Resource URI of the region the nodes run in.
    pub region: ::std::option::Option<::std::string::String>,
    /// Disk size of each node in GB, for images and containers.
    pub disk: ::std::option::Option<i64>,
    /// Resource URIs of the member nodes.
    ///
    /// Set by the server; ignored in requests.
    pub nodes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Desired number of nodes.
    pub target_num_nodes: ::std::option::Option<i64>,
    /// Number of nodes currently in the cluster.
    ///
    /// Set by the server; ignored in requests.
    pub current_num_nodes: ::std::option::Option<i64>,
    /// When the cluster was deployed.
    ///
    /// Set by the server; ignored in requests.
    pub deployed_datetime: ::std::option::Option<::std::string::String>,
    /// When the cluster was terminated.
    ///
    /// Set by the server; ignored in requests.
    pub destroyed_datetime: ::std::option::Option<::std::string::String>,
    /// Tags applied to every node of the cluster.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `provider_options`
    pub provider_options: ::std::option::Option<ProviderOptions>,
}
#[cfg(feature = "node-clusters")]
impl serde::Serialize for NodeCluster {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.name.is_some() as usize;
        len += self.nickname.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.node_type.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.disk.is_some() as usize;
        len += self.nodes.is_some() as usize;
        len += self.target_num_nodes.is_some() as usize;
        len += self.current_num_nodes.is_some() as usize;
        len += self.deployed_datetime.is_some() as usize;
        len += self.destroyed_datetime.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.provider_options.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NodeCluster", len);
        s.field("uuid", &self.uuid);
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("nickname", &self.nickname);
        s.optional("state", &self.state);
        s.optional("node_type", &self.node_type);
        s.optional("region", &self.region);
        s.optional("disk", &self.disk);
        s.optional("nodes", &self.nodes);
        s.optional("target_num_nodes", &self.target_num_nodes);
        s.optional("current_num_nodes", &self.current_num_nodes);
        s.optional("deployed_datetime", &self.deployed_datetime);
        s.optional("destroyed_datetime", &self.destroyed_datetime);
        s.optional("tags", &self.tags);
        s.optional("provider_options", &self.provider_options);
        s.end()
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NodeCluster {
    const NAME: &'static str = "NodeCluster";
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
                "uuid",
                "resource_uri",
                "name",
                "nickname",
                "state",
                "node_type",
                "region",
                "disk",
                "nodes",
                "target_num_nodes",
                "current_num_nodes",
                "deployed_datetime",
                "destroyed_datetime",
                "tags",
                "provider_options",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
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
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            uuid: v0,
            resource_uri: v1,
            name: v2,
            nickname: v3,
            state: v4,
            node_type: v5,
            region: v6,
            disk: v7,
            nodes: v8,
            target_num_nodes: v9,
            current_num_nodes: v10,
            deployed_datetime: v11,
            destroyed_datetime: v12,
            tags: v13,
            provider_options: v14,
        })
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> serde::Deserialize<'de> for NodeCluster {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "node-clusters")]
impl NodeCluster {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        uuid: cloudsdk_runtime::uuid::Uuid,
        resource_uri: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            uuid,
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            nickname: ::std::option::Option::None,
            state: ::std::option::Option::None,
            node_type: ::std::option::Option::None,
            region: ::std::option::Option::None,
            disk: ::std::option::Option::None,
            nodes: ::std::option::Option::None,
            target_num_nodes: ::std::option::Option::None,
            current_num_nodes: ::std::option::Option::None,
            deployed_datetime: ::std::option::Option::None,
            destroyed_datetime: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            provider_options: ::std::option::Option::None,
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
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(mut self, value: NodeClusterState) -> Self {
        self.state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`node_type`](Self::node_type).
    pub fn with_node_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_type = ::std::option::Option::Some(value.into());
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
    /// Sets [`disk`](Self::disk).
    pub fn with_disk(mut self, value: i64) -> Self {
        self.disk = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`nodes`](Self::nodes).
    pub fn with_nodes(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.nodes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`target_num_nodes`](Self::target_num_nodes).
    pub fn with_target_num_nodes(mut self, value: i64) -> Self {
        self.target_num_nodes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`current_num_nodes`](Self::current_num_nodes).
    pub fn with_current_num_nodes(mut self, value: i64) -> Self {
        self.current_num_nodes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deployed_datetime`](Self::deployed_datetime).
    pub fn with_deployed_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployed_datetime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`destroyed_datetime`](Self::destroyed_datetime).
    pub fn with_destroyed_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destroyed_datetime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`provider_options`](Self::provider_options).
    pub fn with_provider_options(mut self, value: ProviderOptions) -> Self {
        self.provider_options = ::std::option::Option::Some(value);
        self
    }
}
/// Definition of a new node cluster. It is created in state `Init`; call `deployNodeCluster` to launch it.
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NodeClusterCreate {
    /// Cluster name.
    pub name: ::std::string::String,
    /// Resource URI of the node type.
    pub node_type: ::std::string::String,
    /// Resource URI of the region.
    pub region: ::std::string::String,
    /// Disk size per node in GB (default 60). DigitalOcean ignores it; SoftLayer accepts only its fixed sizes.
    pub disk: ::std::option::Option<i64>,
    /// Display name.
    pub nickname: ::std::option::Option<::std::string::String>,
    /// Number of nodes to launch (default 1).
    pub target_num_nodes: ::std::option::Option<i64>,
    /// Tags for every node (default none).
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `provider_options`
    pub provider_options: ::std::option::Option<ProviderOptions>,
}
#[cfg(feature = "node-clusters")]
impl serde::Serialize for NodeClusterCreate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.disk.is_some() as usize;
        len += self.nickname.is_some() as usize;
        len += self.target_num_nodes.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.provider_options.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "NodeClusterCreate",
            len,
        );
        s.field("name", &self.name);
        s.field("node_type", &self.node_type);
        s.field("region", &self.region);
        s.optional("disk", &self.disk);
        s.optional("nickname", &self.nickname);
        s.optional("target_num_nodes", &self.target_num_nodes);
        s.optional("tags", &self.tags);
        s.optional("provider_options", &self.provider_options);
        s.end()
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NodeClusterCreate {
    const NAME: &'static str = "NodeClusterCreate";
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
                "name",
                "node_type",
                "region",
                "disk",
                "nickname",
                "target_num_nodes",
                "tags",
                "provider_options",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("node_type");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("region");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            node_type: v1,
            region: v2,
            disk: v3,
            nickname: v4,
            target_num_nodes: v5,
            tags: v6,
            provider_options: v7,
        })
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> serde::Deserialize<'de> for NodeClusterCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "node-clusters")]
impl NodeClusterCreate {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        node_type: impl ::std::convert::Into<::std::string::String>,
        region: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            node_type: node_type.into(),
            region: region.into(),
            disk: ::std::option::Option::None,
            nickname: ::std::option::Option::None,
            target_num_nodes: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            provider_options: ::std::option::Option::None,
        }
    }
    /// Sets [`disk`](Self::disk).
    pub fn with_disk(mut self, value: i64) -> Self {
        self.disk = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`target_num_nodes`](Self::target_num_nodes).
    pub fn with_target_num_nodes(mut self, value: i64) -> Self {
        self.target_num_nodes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`provider_options`](Self::provider_options).
    pub fn with_provider_options(mut self, value: ProviderOptions) -> Self {
        self.provider_options = ::std::option::Option::Some(value);
        self
    }
}
/// Changes applied to a node cluster right away.
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NodeClusterUpdate {
    /// New desired size; the cluster scales to it.
    pub target_num_nodes: ::std::option::Option<i64>,
    /// Replacement list of tags.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}
#[cfg(feature = "node-clusters")]
impl serde::Serialize for NodeClusterUpdate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.target_num_nodes.is_some() as usize;
        len += self.tags.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "NodeClusterUpdate",
            len,
        );
        s.optional("target_num_nodes", &self.target_num_nodes);
        s.optional("tags", &self.tags);
        s.end()
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NodeClusterUpdate {
    const NAME: &'static str = "NodeClusterUpdate";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["target_num_nodes", "tags"],
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
            target_num_nodes: v0,
            tags: v1,
        })
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> serde::Deserialize<'de> for NodeClusterUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "node-clusters")]
impl NodeClusterUpdate {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            target_num_nodes: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }
    /// Sets [`target_num_nodes`](Self::target_num_nodes).
    pub fn with_target_num_nodes(mut self, value: i64) -> Self {
        self.target_num_nodes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}
/// Lifecycle state of a node.
#[cfg(feature = "nodes")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "nodes")]
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
#[cfg(feature = "nodes")]
impl ::std::convert::From<::std::string::String> for NodeState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "nodes")]
impl std::fmt::Display for NodeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "nodes")]
impl serde::Serialize for NodeState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "nodes")]
impl<'de> serde::Deserialize<'de> for NodeState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "nodes")]
impl ::std::cmp::Eq for NodeState {}
#[cfg(feature = "nodes")]
impl ::std::cmp::PartialOrd for NodeState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "nodes")]
impl ::std::hash::Hash for NodeState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A private network address of a node.
#[cfg(feature = "nodes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PrivateIp {
    /// Interface name.
    pub name: ::std::option::Option<::std::string::String>,
    /// Address with prefix length.
    pub cidr: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "nodes")]
impl serde::Serialize for PrivateIp {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.cidr.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "PrivateIp", len);
        s.optional("name", &self.name);
        s.optional("cidr", &self.cidr);
        s.end()
    }
}
#[cfg(feature = "nodes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PrivateIp {
    const NAME: &'static str = "PrivateIp";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "cidr"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { name: v0, cidr: v1 })
    }
}
#[cfg(feature = "nodes")]
impl<'de> serde::Deserialize<'de> for PrivateIp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "nodes")]
impl PrivateIp {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            cidr: ::std::option::Option::None,
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
    /// Sets [`cidr`](Self::cidr).
    pub fn with_cidr(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cidr = ::std::option::Option::Some(value.into());
        self
    }
}
/// A host running the Docker Cloud agent, launched by a node cluster or brought by the user.
#[cfg(feature = "nodes")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Node {
    /// Identifier of the node.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: cloudsdk_runtime::uuid::Uuid,
    /// Path of this node.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Generated DNS name of the node.
    ///
    /// Set by the server; ignored in requests.
    pub external_fqdn: ::std::option::Option<::std::string::String>,
    /// Display name; defaults to `external_fqdn`.
    pub nickname: ::std::option::Option<::std::string::String>,
    /// `state`
    pub state: ::std::option::Option<NodeState>,
    /// Resource URI of the owning cluster, if any.
    ///
    /// Set by the server; ignored in requests.
    pub node_cluster: ::std::option::Option<::std::string::String>,
    /// Resource URI of the node type.
    ///
    /// Set by the server; ignored in requests.
    pub node_type: ::std::option::Option<::std::string::String>,
    /// Resource URI of the region.
    ///
    /// Set by the server; ignored in requests.
    pub region: ::std::option::Option<::std::string::String>,
    /// Resource URI of the availability zone, where the provider has them.
    ///
    /// Set by the server; ignored in requests.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// Docker execution driver.
    ///
    /// Set by the server; ignored in requests.
    pub docker_execdriver: ::std::option::Option<::std::string::String>,
    /// Docker storage driver.
    ///
    /// Set by the server; ignored in requests.
    pub docker_graphdriver: ::std::option::Option<::std::string::String>,
    /// Version of the Docker daemon.
    ///
    /// Set by the server; ignored in requests.
    pub docker_version: ::std::option::Option<::std::string::String>,
    /// Number of CPUs.
    ///
    /// Set by the server; ignored in requests.
    pub cpu: ::std::option::Option<i64>,
    /// Disk size in GB.
    ///
    /// Set by the server; ignored in requests.
    pub disk: ::std::option::Option<i64>,
    /// Memory in MB.
    ///
    /// Set by the server; ignored in requests.
    pub memory: ::std::option::Option<i64>,
    /// Containers currently placed on the node.
    ///
    /// Set by the server; ignored in requests.
    pub current_num_containers: ::std::option::Option<i64>,
    /// Last time the agent reported in.
    ///
    /// Set by the server; ignored in requests.
    pub last_seen: ::std::option::Option<::std::string::String>,
    /// Public address.
    ///
    /// Set by the server; ignored in requests.
    pub public_ip: ::std::option::Option<::std::string::String>,
    /// Private network addresses.
    ///
    /// Set by the server; ignored in requests.
    pub private_ips: ::std::option::Option<::std::vec::Vec<PrivateIp>>,
    /// Reverse-tunnel URL used when the Docker port is not reachable directly.
    ///
    /// Set by the server; ignored in requests.
    pub tunnel: ::std::option::Option<::std::string::String>,
    /// When the node was deployed.
    ///
    /// Set by the server; ignored in requests.
    pub deployed_datetime: ::std::option::Option<::std::string::String>,
    /// When the node was terminated.
    ///
    /// Set by the server; ignored in requests.
    pub destroyed_datetime: ::std::option::Option<::std::string::String>,
    /// Tags of the node.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}
#[cfg(feature = "nodes")]
impl serde::Serialize for Node {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.external_fqdn.is_some() as usize;
        len += self.nickname.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.node_cluster.is_some() as usize;
        len += self.node_type.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.availability_zone.is_some() as usize;
        len += self.docker_execdriver.is_some() as usize;
        len += self.docker_graphdriver.is_some() as usize;
        len += self.docker_version.is_some() as usize;
        len += self.cpu.is_some() as usize;
        len += self.disk.is_some() as usize;
        len += self.memory.is_some() as usize;
        len += self.current_num_containers.is_some() as usize;
        len += self.last_seen.is_some() as usize;
        len += self.public_ip.is_some() as usize;
        len += self.private_ips.is_some() as usize;
        len += self.tunnel.is_some() as usize;
        len += self.deployed_datetime.is_some() as usize;
        len += self.destroyed_datetime.is_some() as usize;
        len += self.tags.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Node", len);
        s.field("uuid", &self.uuid);
        s.field("resource_uri", &self.resource_uri);
        s.optional("external_fqdn", &self.external_fqdn);
        s.optional("nickname", &self.nickname);
        s.optional("state", &self.state);
        s.optional("node_cluster", &self.node_cluster);
        s.optional("node_type", &self.node_type);
        s.optional("region", &self.region);
        s.optional("availability_zone", &self.availability_zone);
        s.optional("docker_execdriver", &self.docker_execdriver);
        s.optional("docker_graphdriver", &self.docker_graphdriver);
        s.optional("docker_version", &self.docker_version);
        s.optional("cpu", &self.cpu);
        s.optional("disk", &self.disk);
        s.optional("memory", &self.memory);
        s.optional("current_num_containers", &self.current_num_containers);
        s.optional("last_seen", &self.last_seen);
        s.optional("public_ip", &self.public_ip);
        s.optional("private_ips", &self.private_ips);
        s.optional("tunnel", &self.tunnel);
        s.optional("deployed_datetime", &self.deployed_datetime);
        s.optional("destroyed_datetime", &self.destroyed_datetime);
        s.optional("tags", &self.tags);
        s.end()
    }
}
#[cfg(feature = "nodes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Node {
    const NAME: &'static str = "Node";
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "uuid",
                "resource_uri",
                "external_fqdn",
                "nickname",
                "state",
                "node_cluster",
                "node_type",
                "region",
                "availability_zone",
                "docker_execdriver",
                "docker_graphdriver",
                "docker_version",
                "cpu",
                "disk",
                "memory",
                "current_num_containers",
                "last_seen",
                "public_ip",
                "private_ips",
                "tunnel",
                "deployed_datetime",
                "destroyed_datetime",
                "tags",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            uuid: v0,
            resource_uri: v1,
            external_fqdn: v2,
            nickname: v3,
            state: v4,
            node_cluster: v5,
            node_type: v6,
            region: v7,
            availability_zone: v8,
            docker_execdriver: v9,
            docker_graphdriver: v10,
            docker_version: v11,
            cpu: v12,
            disk: v13,
            memory: v14,
            current_num_containers: v15,
            last_seen: v16,
            public_ip: v17,
            private_ips: v18,
            tunnel: v19,
            deployed_datetime: v20,
            destroyed_datetime: v21,
            tags: v22,
        })
    }
}
#[cfg(feature = "nodes")]
impl<'de> serde::Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "nodes")]
impl Node {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        uuid: cloudsdk_runtime::uuid::Uuid,
        resource_uri: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            uuid,
            resource_uri: resource_uri.into(),
            external_fqdn: ::std::option::Option::None,
            nickname: ::std::option::Option::None,
            state: ::std::option::Option::None,
            node_cluster: ::std::option::Option::None,
            node_type: ::std::option::Option::None,
            region: ::std::option::Option::None,
            availability_zone: ::std::option::Option::None,
            docker_execdriver: ::std::option::Option::None,
            docker_graphdriver: ::std::option::Option::None,
            docker_version: ::std::option::Option::None,
            cpu: ::std::option::Option::None,
            disk: ::std::option::Option::None,
            memory: ::std::option::Option::None,
            current_num_containers: ::std::option::Option::None,
            last_seen: ::std::option::Option::None,
            public_ip: ::std::option::Option::None,
            private_ips: ::std::option::Option::None,
            tunnel: ::std::option::Option::None,
            deployed_datetime: ::std::option::Option::None,
            destroyed_datetime: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }
    /// Sets [`external_fqdn`](Self::external_fqdn).
    pub fn with_external_fqdn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_fqdn = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(mut self, value: NodeState) -> Self {
        self.state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`node_cluster`](Self::node_cluster).
    pub fn with_node_cluster(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_cluster = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`node_type`](Self::node_type).
    pub fn with_node_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_type = ::std::option::Option::Some(value.into());
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
    /// Sets [`availability_zone`](Self::availability_zone).
    pub fn with_availability_zone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.availability_zone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`docker_execdriver`](Self::docker_execdriver).
    pub fn with_docker_execdriver(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.docker_execdriver = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`docker_graphdriver`](Self::docker_graphdriver).
    pub fn with_docker_graphdriver(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.docker_graphdriver = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`docker_version`](Self::docker_version).
    pub fn with_docker_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.docker_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cpu`](Self::cpu).
    pub fn with_cpu(mut self, value: i64) -> Self {
        self.cpu = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`disk`](Self::disk).
    pub fn with_disk(mut self, value: i64) -> Self {
        self.disk = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`memory`](Self::memory).
    pub fn with_memory(mut self, value: i64) -> Self {
        self.memory = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`current_num_containers`](Self::current_num_containers).
    pub fn with_current_num_containers(mut self, value: i64) -> Self {
        self.current_num_containers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`last_seen`](Self::last_seen).
    pub fn with_last_seen(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_seen = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`public_ip`](Self::public_ip).
    pub fn with_public_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`private_ips`](Self::private_ips).
    pub fn with_private_ips(mut self, value: ::std::vec::Vec<PrivateIp>) -> Self {
        self.private_ips = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tunnel`](Self::tunnel).
    pub fn with_tunnel(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tunnel = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`deployed_datetime`](Self::deployed_datetime).
    pub fn with_deployed_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployed_datetime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`destroyed_datetime`](Self::destroyed_datetime).
    pub fn with_destroyed_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destroyed_datetime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}
/// Changes to a node.
#[cfg(feature = "nodes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NodeUpdate {
    /// New display name.
    pub nickname: ::std::option::Option<::std::string::String>,
    /// Replacement list of tags.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}
#[cfg(feature = "nodes")]
impl serde::Serialize for NodeUpdate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.nickname.is_some() as usize;
        len += self.tags.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NodeUpdate", len);
        s.optional("nickname", &self.nickname);
        s.optional("tags", &self.tags);
        s.end()
    }
}
#[cfg(feature = "nodes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NodeUpdate {
    const NAME: &'static str = "NodeUpdate";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["nickname", "tags"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { nickname: v0, tags: v1 })
    }
}
#[cfg(feature = "nodes")]
impl<'de> serde::Deserialize<'de> for NodeUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "nodes")]
impl NodeUpdate {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            nickname: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}
/// Who set a node tag.
#[cfg(feature = "node-tags")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum NodeTagOrigin {
    /// `user`
    User,
    /// `tutum`
    Tutum,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "node-tags")]
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
#[cfg(feature = "node-tags")]
impl ::std::convert::From<::std::string::String> for NodeTagOrigin {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "user" => Self::User,
            "tutum" => Self::Tutum,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "node-tags")]
impl std::fmt::Display for NodeTagOrigin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "node-tags")]
impl serde::Serialize for NodeTagOrigin {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "node-tags")]
impl<'de> serde::Deserialize<'de> for NodeTagOrigin {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "node-tags")]
impl ::std::cmp::Eq for NodeTagOrigin {}
#[cfg(feature = "node-tags")]
impl ::std::cmp::PartialOrd for NodeTagOrigin {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "node-tags")]
impl ::std::hash::Hash for NodeTagOrigin {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A tag in use on at least one node.
#[cfg(feature = "node-tags")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NodeTag {
    /// The tag text; system tags look like `byon=false`.
    ///
    /// Set by the server; ignored in requests.
    pub name: ::std::string::String,
    /// `origin`
    pub origin: ::std::option::Option<NodeTagOrigin>,
}
#[cfg(feature = "node-tags")]
impl serde::Serialize for NodeTag {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.origin.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NodeTag", len);
        s.field("name", &self.name);
        s.optional("origin", &self.origin);
        s.end()
    }
}
#[cfg(feature = "node-tags")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NodeTag {
    const NAME: &'static str = "NodeTag";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "origin"]);
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
        ::std::result::Result::Ok(Self { name: v0, origin: v1 })
    }
}
#[cfg(feature = "node-tags")]
impl<'de> serde::Deserialize<'de> for NodeTag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "node-tags")]
impl NodeTag {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            origin: ::std::option::Option::None,
        }
    }
    /// Sets [`origin`](Self::origin).
    pub fn with_origin(mut self, value: NodeTagOrigin) -> Self {
        self.origin = ::std::option::Option::Some(value);
        self
    }
}
/// A Docker registry known to Docker Cloud.
#[cfg(feature = "registries")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Registry {
    /// Path of this registry.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Display name.
    ///
    /// Set by the server; ignored in requests.
    pub name: ::std::option::Option<::std::string::String>,
    /// Host name of the registry.
    ///
    /// Set by the server; ignored in requests.
    pub host: ::std::option::Option<::std::string::String>,
    /// Whether the registry is served over TLS.
    ///
    /// Set by the server; ignored in requests.
    pub is_ssl: ::std::option::Option<bool>,
    /// Port of the registry, when known.
    ///
    /// Set by the server; ignored in requests.
    pub port: ::std::option::Option<i64>,
    /// Whether Docker runs this registry.
    ///
    /// Set by the server; ignored in requests.
    pub is_docker_registry: ::std::option::Option<bool>,
    /// Legacy Tutum field: whether Tutum ran this registry.
    ///
    /// Set by the server; ignored in requests.
    pub is_tutum_registry: ::std::option::Option<bool>,
    /// Legacy Tutum field: path of the registry's icon.
    ///
    /// Set by the server; ignored in requests.
    pub icon_url: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "registries")]
impl serde::Serialize for Registry {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.name.is_some() as usize;
        len += self.host.is_some() as usize;
        len += self.is_ssl.is_some() as usize;
        len += self.port.is_some() as usize;
        len += self.is_docker_registry.is_some() as usize;
        len += self.is_tutum_registry.is_some() as usize;
        len += self.icon_url.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Registry", len);
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("host", &self.host);
        s.optional("is_ssl", &self.is_ssl);
        s.optional("port", &self.port);
        s.optional("is_docker_registry", &self.is_docker_registry);
        s.optional("is_tutum_registry", &self.is_tutum_registry);
        s.optional("icon_url", &self.icon_url);
        s.end()
    }
}
#[cfg(feature = "registries")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Registry {
    const NAME: &'static str = "Registry";
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
                "resource_uri",
                "name",
                "host",
                "is_ssl",
                "port",
                "is_docker_registry",
                "is_tutum_registry",
                "icon_url",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            resource_uri: v0,
            name: v1,
            host: v2,
            is_ssl: v3,
            port: v4,
            is_docker_registry: v5,
            is_tutum_registry: v6,
            icon_url: v7,
        })
    }
}
#[cfg(feature = "registries")]
impl<'de> serde::Deserialize<'de> for Registry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "registries")]
impl Registry {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(resource_uri: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            host: ::std::option::Option::None,
            is_ssl: ::std::option::Option::None,
            port: ::std::option::Option::None,
            is_docker_registry: ::std::option::Option::None,
            is_tutum_registry: ::std::option::Option::None,
            icon_url: ::std::option::Option::None,
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
    /// Sets [`host`](Self::host).
    pub fn with_host(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`is_ssl`](Self::is_ssl).
    pub fn with_is_ssl(mut self, value: bool) -> Self {
        self.is_ssl = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`port`](Self::port).
    pub fn with_port(mut self, value: i64) -> Self {
        self.port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`is_docker_registry`](Self::is_docker_registry).
    pub fn with_is_docker_registry(mut self, value: bool) -> Self {
        self.is_docker_registry = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`is_tutum_registry`](Self::is_tutum_registry).
    pub fn with_is_tutum_registry(mut self, value: bool) -> Self {
        self.is_tutum_registry = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`icon_url`](Self::icon_url).
    pub fn with_icon_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.icon_url = ::std::option::Option::Some(value.into());
        self
    }
}
/// A repository on a third-party registry that Docker Cloud may pull from.
#[cfg(feature = "repositories")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Repository {
    /// Path of this repository.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Full repository name including the registry host.
    ///
    /// Set by the server; ignored in requests.
    pub name: ::std::option::Option<::std::string::String>,
    /// Whether a service uses the repository.
    ///
    /// Set by the server; ignored in requests.
    pub in_use: ::std::option::Option<bool>,
    /// Resource URI of the registry holding it.
    ///
    /// Set by the server; ignored in requests.
    pub registry: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "repositories")]
impl serde::Serialize for Repository {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.name.is_some() as usize;
        len += self.in_use.is_some() as usize;
        len += self.registry.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Repository", len);
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("in_use", &self.in_use);
        s.optional("registry", &self.registry);
        s.end()
    }
}
#[cfg(feature = "repositories")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Repository {
    const NAME: &'static str = "Repository";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["resource_uri", "name", "in_use", "registry"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            resource_uri: v0,
            name: v1,
            in_use: v2,
            registry: v3,
        })
    }
}
#[cfg(feature = "repositories")]
impl<'de> serde::Deserialize<'de> for Repository {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "repositories")]
impl Repository {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(resource_uri: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            in_use: ::std::option::Option::None,
            registry: ::std::option::Option::None,
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
    /// Sets [`in_use`](Self::in_use).
    pub fn with_in_use(mut self, value: bool) -> Self {
        self.in_use = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`registry`](Self::registry).
    pub fn with_registry(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.registry = ::std::option::Option::Some(value.into());
        self
    }
}
/// Registration of an external repository with the credentials to pull it.
#[cfg(feature = "repositories")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct RepositoryCreate {
    /// Full repository name including the registry host.
    pub name: ::std::string::String,
    /// Registry user name.
    pub username: ::std::option::Option<::std::string::String>,
    /// Registry password.
    ///
    /// Only sent in requests; never returned.
    pub password: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "repositories")]
impl std::fmt::Debug for RepositoryCreate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RepositoryCreate")
            .field("name", &self.name)
            .field("username", &self.username)
            .field("password", &cloudsdk_runtime::Redacted(&self.password))
            .finish()
    }
}
#[cfg(feature = "repositories")]
impl serde::Serialize for RepositoryCreate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.username.is_some() as usize;
        len += self.password.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "RepositoryCreate",
            len,
        );
        s.field("name", &self.name);
        s.optional("username", &self.username);
        s.optional("password", &self.password);
        s.end()
    }
}
#[cfg(feature = "repositories")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RepositoryCreate {
    const NAME: &'static str = "RepositoryCreate";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "username", "password"],
        );
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
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            username: v1,
            password: v2,
        })
    }
}
#[cfg(feature = "repositories")]
impl<'de> serde::Deserialize<'de> for RepositoryCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "repositories")]
impl RepositoryCreate {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            username: ::std::option::Option::None,
            password: ::std::option::Option::None,
        }
    }
    /// Sets [`username`](Self::username).
    pub fn with_username(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.username = ::std::option::Option::Some(value.into());
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
}
/// New credentials for an external repository.
#[cfg(feature = "repositories")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RepositoryUpdate {
    /// Registry user name.
    pub username: ::std::option::Option<::std::string::String>,
    /// Registry password.
    ///
    /// Only sent in requests; never returned.
    pub password: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "repositories")]
impl std::fmt::Debug for RepositoryUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RepositoryUpdate")
            .field("username", &self.username)
            .field("password", &cloudsdk_runtime::Redacted(&self.password))
            .finish()
    }
}
#[cfg(feature = "repositories")]
impl serde::Serialize for RepositoryUpdate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.username.is_some() as usize;
        len += self.password.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "RepositoryUpdate",
            len,
        );
        s.optional("username", &self.username);
        s.optional("password", &self.password);
        s.end()
    }
}
#[cfg(feature = "repositories")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RepositoryUpdate {
    const NAME: &'static str = "RepositoryUpdate";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["username", "password"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { username: v0, password: v1 })
    }
}
#[cfg(feature = "repositories")]
impl<'de> serde::Deserialize<'de> for RepositoryUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "repositories")]
impl RepositoryUpdate {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            username: ::std::option::Option::None,
            password: ::std::option::Option::None,
        }
    }
    /// Sets [`username`](Self::username).
    pub fn with_username(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.username = ::std::option::Option::Some(value.into());
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
}
/// Lifecycle state of a stack. Note the capital R in `Not Running`, unlike services.
#[cfg(feature = "stacks")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "stacks")]
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
#[cfg(feature = "stacks")]
impl ::std::convert::From<::std::string::String> for StackState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "stacks")]
impl std::fmt::Display for StackState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "stacks")]
impl serde::Serialize for StackState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "stacks")]
impl<'de> serde::Deserialize<'de> for StackState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "stacks")]
impl ::std::cmp::Eq for StackState {}
#[cfg(feature = "stacks")]
impl ::std::cmp::PartialOrd for StackState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "stacks")]
impl ::std::hash::Hash for StackState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A named group of services managed together.
#[cfg(feature = "stacks")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Stack {
    /// Identifier of the stack.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: cloudsdk_runtime::uuid::Uuid,
    /// Path of this stack.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Stack name.
    pub name: ::std::option::Option<::std::string::String>,
    /// Display name; defaults to `name`.
    pub nickname: ::std::option::Option<::std::string::String>,
    /// `state`
    pub state: ::std::option::Option<StackState>,
    /// Whether the services match the stack definition.
    ///
    /// Set by the server; ignored in requests.
    pub synchronized: ::std::option::Option<bool>,
    /// Resource URIs of the member services.
    ///
    /// Set by the server; ignored in requests.
    pub services: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// When the stack was deployed.
    ///
    /// Set by the server; ignored in requests.
    pub deployed_datetime: ::std::option::Option<::std::string::String>,
    /// When the stack was terminated.
    ///
    /// Set by the server; ignored in requests.
    pub destroyed_datetime: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "stacks")]
impl serde::Serialize for Stack {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.name.is_some() as usize;
        len += self.nickname.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.synchronized.is_some() as usize;
        len += self.services.is_some() as usize;
        len += self.deployed_datetime.is_some() as usize;
        len += self.destroyed_datetime.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Stack", len);
        s.field("uuid", &self.uuid);
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("nickname", &self.nickname);
        s.optional("state", &self.state);
        s.optional("synchronized", &self.synchronized);
        s.optional("services", &self.services);
        s.optional("deployed_datetime", &self.deployed_datetime);
        s.optional("destroyed_datetime", &self.destroyed_datetime);
        s.end()
    }
}
#[cfg(feature = "stacks")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Stack {
    const NAME: &'static str = "Stack";
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
                "uuid",
                "resource_uri",
                "name",
                "nickname",
                "state",
                "synchronized",
                "services",
                "deployed_datetime",
                "destroyed_datetime",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
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
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            uuid: v0,
            resource_uri: v1,
            name: v2,
            nickname: v3,
            state: v4,
            synchronized: v5,
            services: v6,
            deployed_datetime: v7,
            destroyed_datetime: v8,
        })
    }
}
#[cfg(feature = "stacks")]
impl<'de> serde::Deserialize<'de> for Stack {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "stacks")]
impl Stack {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        uuid: cloudsdk_runtime::uuid::Uuid,
        resource_uri: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            uuid,
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            nickname: ::std::option::Option::None,
            state: ::std::option::Option::None,
            synchronized: ::std::option::Option::None,
            services: ::std::option::Option::None,
            deployed_datetime: ::std::option::Option::None,
            destroyed_datetime: ::std::option::Option::None,
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
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(mut self, value: StackState) -> Self {
        self.state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`synchronized`](Self::synchronized).
    pub fn with_synchronized(mut self, value: bool) -> Self {
        self.synchronized = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`services`](Self::services).
    pub fn with_services(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.services = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deployed_datetime`](Self::deployed_datetime).
    pub fn with_deployed_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployed_datetime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`destroyed_datetime`](Self::destroyed_datetime).
    pub fn with_destroyed_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destroyed_datetime = ::std::option::Option::Some(value.into());
        self
    }
}
/// The stack rendered as a stackfile: one entry per service name, holding that service's definition.
#[cfg(feature = "stacks")]
pub type StackExport = ::std::collections::BTreeMap<
    ::std::string::String,
    ::std::collections::BTreeMap<::std::string::String, serde_json::Value>,
>;
/// Lifecycle state of a service.
#[cfg(feature = "services")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "services")]
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
#[cfg(feature = "services")]
impl ::std::convert::From<::std::string::String> for ServiceState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "services")]
impl std::fmt::Display for ServiceState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "services")]
impl serde::Serialize for ServiceState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "services")]
impl<'de> serde::Deserialize<'de> for ServiceState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "services")]
impl ::std::cmp::Eq for ServiceState {}
#[cfg(feature = "services")]
impl ::std::cmp::PartialOrd for ServiceState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "services")]
impl ::std::hash::Hash for ServiceState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A container port of a service, as reported.
#[cfg(feature = "services")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServicePort {
    /// `protocol`
    pub protocol: ::std::option::Option<PortProtocol>,
    /// Port inside the container.
    pub inner_port: ::std::option::Option<i64>,
    /// Port on the node; null when none was chosen.
    pub outer_port: ::std::option::Option<i64>,
    /// Well-known name of the port.
    pub port_name: ::std::option::Option<::std::string::String>,
    /// Public URL of the port once published.
    pub endpoint_uri: ::std::option::Option<::std::string::String>,
    /// Whether the port is exposed on the node; unpublished ports are reachable only through links.
    pub published: ::std::option::Option<bool>,
}
#[cfg(feature = "services")]
impl serde::Serialize for ServicePort {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.protocol.is_some() as usize;
        len += self.inner_port.is_some() as usize;
        len += self.outer_port.is_some() as usize;
        len += self.port_name.is_some() as usize;
        len += self.endpoint_uri.is_some() as usize;
        len += self.published.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ServicePort", len);
        s.optional("protocol", &self.protocol);
        s.optional("inner_port", &self.inner_port);
        s.optional("outer_port", &self.outer_port);
        s.optional("port_name", &self.port_name);
        s.optional("endpoint_uri", &self.endpoint_uri);
        s.optional("published", &self.published);
        s.end()
    }
}
#[cfg(feature = "services")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ServicePort {
    const NAME: &'static str = "ServicePort";
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
                "protocol",
                "inner_port",
                "outer_port",
                "port_name",
                "endpoint_uri",
                "published",
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
            protocol: v0,
            inner_port: v1,
            outer_port: v2,
            port_name: v3,
            endpoint_uri: v4,
            published: v5,
        })
    }
}
#[cfg(feature = "services")]
impl<'de> serde::Deserialize<'de> for ServicePort {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "services")]
impl ServicePort {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            protocol: ::std::option::Option::None,
            inner_port: ::std::option::Option::None,
            outer_port: ::std::option::Option::None,
            port_name: ::std::option::Option::None,
            endpoint_uri: ::std::option::Option::None,
            published: ::std::option::Option::None,
        }
    }
    /// Sets [`protocol`](Self::protocol).
    pub fn with_protocol(mut self, value: PortProtocol) -> Self {
        self.protocol = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`inner_port`](Self::inner_port).
    pub fn with_inner_port(mut self, value: i64) -> Self {
        self.inner_port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`outer_port`](Self::outer_port).
    pub fn with_outer_port(mut self, value: i64) -> Self {
        self.outer_port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`port_name`](Self::port_name).
    pub fn with_port_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.port_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`endpoint_uri`](Self::endpoint_uri).
    pub fn with_endpoint_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.endpoint_uri = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`published`](Self::published).
    pub fn with_published(mut self, value: bool) -> Self {
        self.published = ::std::option::Option::Some(value);
        self
    }
}
/// A container port in a service definition.
#[cfg(any(feature = "services", feature = "stacks"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ServicePortSpec {
    /// `protocol`
    pub protocol: PortProtocol,
    /// Port inside the container.
    pub inner_port: i64,
    /// Port on the node; leave out for a dynamic one.
    pub outer_port: ::std::option::Option<i64>,
    /// Expose the port on the node (default false).
    pub published: ::std::option::Option<bool>,
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl serde::Serialize for ServicePortSpec {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.outer_port.is_some() as usize;
        len += self.published.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ServicePortSpec",
            len,
        );
        s.field("protocol", &self.protocol);
        s.field("inner_port", &self.inner_port);
        s.optional("outer_port", &self.outer_port);
        s.optional("published", &self.published);
        s.end()
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ServicePortSpec {
    const NAME: &'static str = "ServicePortSpec";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["protocol", "inner_port", "outer_port", "published"],
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
            return cloudsdk_runtime::de::missing("protocol");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("inner_port");
        };
        ::std::result::Result::Ok(Self {
            protocol: v0,
            inner_port: v1,
            outer_port: v2,
            published: v3,
        })
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl<'de> serde::Deserialize<'de> for ServicePortSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl ServicePortSpec {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(protocol: PortProtocol, inner_port: i64) -> Self {
        Self {
            protocol,
            inner_port,
            outer_port: ::std::option::Option::None,
            published: ::std::option::Option::None,
        }
    }
    /// Sets [`outer_port`](Self::outer_port).
    pub fn with_outer_port(mut self, value: i64) -> Self {
        self.outer_port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`published`](Self::published).
    pub fn with_published(mut self, value: bool) -> Self {
        self.published = ::std::option::Option::Some(value);
        self
    }
}
/// A link between two services, as reported.
#[cfg(feature = "services")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceLink {
    /// Alias used for the link.
    pub name: ::std::option::Option<::std::string::String>,
    /// Resource URI of the linking service.
    pub from_service: ::std::option::Option<::std::string::String>,
    /// Resource URI of the linked service.
    pub to_service: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "services")]
impl serde::Serialize for ServiceLink {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.from_service.is_some() as usize;
        len += self.to_service.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ServiceLink", len);
        s.optional("name", &self.name);
        s.optional("from_service", &self.from_service);
        s.optional("to_service", &self.to_service);
        s.end()
    }
}
#[cfg(feature = "services")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ServiceLink {
    const NAME: &'static str = "ServiceLink";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "from_service", "to_service"],
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
            from_service: v1,
            to_service: v2,
        })
    }
}
#[cfg(feature = "services")]
impl<'de> serde::Deserialize<'de> for ServiceLink {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "services")]
impl ServiceLink {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            from_service: ::std::option::Option::None,
            to_service: ::std::option::Option::None,
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
    /// Sets [`from_service`](Self::from_service).
    pub fn with_from_service(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_service = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`to_service`](Self::to_service).
    pub fn with_to_service(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_service = ::std::option::Option::Some(value.into());
        self
    }
}
/// A link to another service in a service definition.
#[cfg(any(feature = "services", feature = "stacks"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ServiceLinkSpec {
    /// Resource URI of the target service; inside a stack body the name of a sibling service also works.
    pub to_service: ::std::string::String,
    /// Alias for the link; defaults to the target's name.
    pub name: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl serde::Serialize for ServiceLinkSpec {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.name.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ServiceLinkSpec",
            len,
        );
        s.field("to_service", &self.to_service);
        s.optional("name", &self.name);
        s.end()
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ServiceLinkSpec {
    const NAME: &'static str = "ServiceLinkSpec";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["to_service", "name"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("to_service");
        };
        ::std::result::Result::Ok(Self { to_service: v0, name: v1 })
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl<'de> serde::Deserialize<'de> for ServiceLinkSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl ServiceLinkSpec {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(to_service: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            to_service: to_service.into(),
            name: ::std::option::Option::None,
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
/// A volume of a service, as reported.
#[cfg(feature = "services")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceBinding {
    /// Directory on the node, for a bind mount.
    pub host_path: ::std::option::Option<::std::string::String>,
    /// Mount point inside the container.
    pub container_path: ::std::option::Option<::std::string::String>,
    /// Whether the volume is writable.
    pub rewritable: ::std::option::Option<bool>,
    /// Resource URI of a service whose volumes are mounted.
    pub volumes_from: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "services")]
impl serde::Serialize for ServiceBinding {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.host_path.is_some() as usize;
        len += self.container_path.is_some() as usize;
        len += self.rewritable.is_some() as usize;
        len += self.volumes_from.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ServiceBinding",
            len,
        );
        s.optional("host_path", &self.host_path);
        s.optional("container_path", &self.container_path);
        s.optional("rewritable", &self.rewritable);
        s.optional("volumes_from", &self.volumes_from);
        s.end()
    }
}
#[cfg(feature = "services")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ServiceBinding {
    const NAME: &'static str = "ServiceBinding";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["host_path", "container_path", "rewritable", "volumes_from"],
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
            host_path: v0,
            container_path: v1,
            rewritable: v2,
            volumes_from: v3,
        })
    }
}
#[cfg(feature = "services")]
impl<'de> serde::Deserialize<'de> for ServiceBinding {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "services")]
impl ServiceBinding {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            host_path: ::std::option::Option::None,
            container_path: ::std::option::Option::None,
            rewritable: ::std::option::Option::None,
            volumes_from: ::std::option::Option::None,
        }
    }
    /// Sets [`host_path`](Self::host_path).
    pub fn with_host_path(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_path = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`container_path`](Self::container_path).
    pub fn with_container_path(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_path = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`rewritable`](Self::rewritable).
    pub fn with_rewritable(mut self, value: bool) -> Self {
        self.rewritable = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`volumes_from`](Self::volumes_from).
    pub fn with_volumes_from(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volumes_from = ::std::option::Option::Some(value.into());
        self
    }
}
/// A volume in a service definition: give `container_path`, `volumes_from`, or both.
#[cfg(any(feature = "services", feature = "stacks"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceBindingSpec {
    /// Directory on the node to bind-mount.
    pub host_path: ::std::option::Option<::std::string::String>,
    /// Mount point inside the container.
    pub container_path: ::std::option::Option<::std::string::String>,
    /// Whether the volume is writable (default true).
    pub rewritable: ::std::option::Option<bool>,
    /// Resource URI of a service whose volumes to mount; inside a stack body a sibling's name also works.
    pub volumes_from: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl serde::Serialize for ServiceBindingSpec {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.host_path.is_some() as usize;
        len += self.container_path.is_some() as usize;
        len += self.rewritable.is_some() as usize;
        len += self.volumes_from.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ServiceBindingSpec",
            len,
        );
        s.optional("host_path", &self.host_path);
        s.optional("container_path", &self.container_path);
        s.optional("rewritable", &self.rewritable);
        s.optional("volumes_from", &self.volumes_from);
        s.end()
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ServiceBindingSpec {
    const NAME: &'static str = "ServiceBindingSpec";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["host_path", "container_path", "rewritable", "volumes_from"],
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
            host_path: v0,
            container_path: v1,
            rewritable: v2,
            volumes_from: v3,
        })
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl<'de> serde::Deserialize<'de> for ServiceBindingSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl ServiceBindingSpec {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            host_path: ::std::option::Option::None,
            container_path: ::std::option::Option::None,
            rewritable: ::std::option::Option::None,
            volumes_from: ::std::option::Option::None,
        }
    }
    /// Sets [`host_path`](Self::host_path).
    pub fn with_host_path(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_path = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`container_path`](Self::container_path).
    pub fn with_container_path(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_path = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`rewritable`](Self::rewritable).
    pub fn with_rewritable(mut self, value: bool) -> Self {
        self.rewritable = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`volumes_from`](Self::volumes_from).
    pub fn with_volumes_from(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volumes_from = ::std::option::Option::Some(value.into());
        self
    }
}
/// A template from which identical containers are deployed.
#[cfg(feature = "services")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Service {
    /// Identifier of the service.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: cloudsdk_runtime::uuid::Uuid,
    /// Path of this service.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Service name, used in DNS names and link variable prefixes.
    pub name: ::std::option::Option<::std::string::String>,
    /// Display name.
    pub nickname: ::std::option::Option<::std::string::String>,
    /// Legacy Tutum field: resource URI of the image tag.
    ///
    /// Set by the server; ignored in requests.
    pub image_tag: ::std::option::Option<::std::string::String>,
    /// `state`
    pub state: ::std::option::Option<ServiceState>,
    /// Resource URI of the owning stack, if any.
    ///
    /// Set by the server; ignored in requests.
    pub stack: ::std::option::Option<::std::string::String>,
    /// Resource URIs of the service's containers.
    ///
    /// Set by the server; ignored in requests.
    pub containers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Desired number of containers.
    pub target_num_containers: ::std::option::Option<i64>,
    /// Containers that exist now.
    ///
    /// Set by the server; ignored in requests.
    pub current_num_containers: ::std::option::Option<i64>,
    /// Containers that are running.
    ///
    /// Set by the server; ignored in requests.
    pub running_num_containers: ::std::option::Option<i64>,
    /// Containers that are stopped.
    ///
    /// Set by the server; ignored in requests.
    pub stopped_num_containers: ::std::option::Option<i64>,
    /// Ports of the containers.
    pub container_ports: ::std::option::Option<::std::vec::Vec<ServicePort>>,
    /// Links from this service to others.
    pub linked_to_service: ::std::option::Option<::std::vec::Vec<ServiceLink>>,
    /// Links from other services to this one.
    ///
    /// Set by the server; ignored in requests.
    pub linked_from_service: ::std::option::Option<::std::vec::Vec<ServiceLink>>,
    /// Volumes of the containers.
    pub bindings: ::std::option::Option<::std::vec::Vec<ServiceBinding>>,
    /// Redeploy automatically when the image is pushed.
    pub autoredeploy: ::std::option::Option<bool>,
    /// `deployment_strategy`
    pub deployment_strategy: ::std::option::Option<DeploymentStrategy>,
    /// Start containers one after another rather than together.
    pub sequential_deployment: ::std::option::Option<bool>,
    /// Environment variables set by the user; they override the image's.
    pub container_envvars: ::std::option::Option<::std::vec::Vec<EnvVar>>,
    /// Docker labels of the containers.
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// API roles; `global` gives containers a `DOCKERCLOUD_AUTH` credential.
    pub roles: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Deployment tags: containers go only to nodes carrying all of them.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `autorestart`
    pub autorestart: ::std::option::Option<Autorestart>,
    /// `autodestroy`
    pub autodestroy: ::std::option::Option<Autodestroy>,
    /// Entrypoint override.
    pub entrypoint: ::std::option::Option<::std::string::String>,
    /// Command override.
    pub run_command: ::std::option::Option<::std::string::String>,
    /// Working directory (default `/`).
    pub working_dir: ::std::option::Option<::std::string::String>,
    /// User the process runs as (default `root`).
    pub user: ::std::option::Option<::std::string::String>,
    /// Host name inside the containers.
    pub hostname: ::std::option::Option<::std::string::String>,
    /// Domain name inside the containers.
    pub domainname: ::std::option::Option<::std::string::String>,
    /// MAC address of the containers.
    pub mac_address: ::std::option::Option<::std::string::String>,
    /// Parent cgroup of the containers.
    pub cgroup_parent: ::std::option::Option<::std::string::String>,
    /// Relative CPU weight.
    pub cpu_shares: ::std::option::Option<i64>,
    /// CPUs the containers may use.
    pub cpuset: ::std::option::Option<::std::string::String>,
    /// Memory limit in MB.
    pub memory: ::std::option::Option<i64>,
    /// Memory plus swap limit in MB.
    pub memory_swap: ::std::option::Option<i64>,
    /// Run the containers in privileged mode.
    pub privileged: ::std::option::Option<bool>,
    /// Mount the root file system read-only.
    pub read_only: ::std::option::Option<bool>,
    /// Allocate a terminal.
    pub tty: ::std::option::Option<bool>,
    /// Keep standard input open.
    pub stdin_open: ::std::option::Option<bool>,
    /// `net`
    pub net: ::std::option::Option<NetworkMode>,
    /// `pid`
    pub pid: ::std::option::Option<PidMode>,
    /// DNS servers.
    pub dns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// DNS search domains.
    pub dns_search: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Linux capabilities added.
    pub cap_add: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Linux capabilities dropped.
    pub cap_drop: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Host devices exposed to the containers.
    pub devices: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Extra `/etc/hosts` entries.
    pub extra_hosts: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Security options.
    pub security_opt: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Environment variables a container linking to this one receives.
    ///
    /// Set by the server; ignored in requests.
    pub link_variables: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// Image reference the containers run.
    ///
    /// Set by the server; ignored in requests.
    pub image_name: ::std::option::Option<::std::string::String>,
    /// Generated DNS name.
    ///
    /// Set by the server; ignored in requests.
    pub public_dns: ::std::option::Option<::std::string::String>,
    /// Whether the running containers match the current definition.
    ///
    /// Set by the server; ignored in requests.
    pub synchronized: ::std::option::Option<bool>,
    /// When it was deployed.
    ///
    /// Set by the server; ignored in requests.
    pub deployed_datetime: ::std::option::Option<::std::string::String>,
    /// When it was last started.
    ///
    /// Set by the server; ignored in requests.
    pub started_datetime: ::std::option::Option<::std::string::String>,
    /// When it was last stopped.
    ///
    /// Set by the server; ignored in requests.
    pub stopped_datetime: ::std::option::Option<::std::string::String>,
    /// When it was terminated.
    ///
    /// Set by the server; ignored in requests.
    pub destroyed_datetime: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "services")]
impl serde::Serialize for Service {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.name.is_some() as usize;
        len += self.nickname.is_some() as usize;
        len += self.image_tag.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.stack.is_some() as usize;
        len += self.containers.is_some() as usize;
        len += self.target_num_containers.is_some() as usize;
        len += self.current_num_containers.is_some() as usize;
        len += self.running_num_containers.is_some() as usize;
        len += self.stopped_num_containers.is_some() as usize;
        len += self.container_ports.is_some() as usize;
        len += self.linked_to_service.is_some() as usize;
        len += self.linked_from_service.is_some() as usize;
        len += self.bindings.is_some() as usize;
        len += self.autoredeploy.is_some() as usize;
        len += self.deployment_strategy.is_some() as usize;
        len += self.sequential_deployment.is_some() as usize;
        len += self.container_envvars.is_some() as usize;
        len += self.labels.is_some() as usize;
        len += self.roles.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.autorestart.is_some() as usize;
        len += self.autodestroy.is_some() as usize;
        len += self.entrypoint.is_some() as usize;
        len += self.run_command.is_some() as usize;
        len += self.working_dir.is_some() as usize;
        len += self.user.is_some() as usize;
        len += self.hostname.is_some() as usize;
        len += self.domainname.is_some() as usize;
        len += self.mac_address.is_some() as usize;
        len += self.cgroup_parent.is_some() as usize;
        len += self.cpu_shares.is_some() as usize;
        len += self.cpuset.is_some() as usize;
        len += self.memory.is_some() as usize;
        len += self.memory_swap.is_some() as usize;
        len += self.privileged.is_some() as usize;
        len += self.read_only.is_some() as usize;
        len += self.tty.is_some() as usize;
        len += self.stdin_open.is_some() as usize;
        len += self.net.is_some() as usize;
        len += self.pid.is_some() as usize;
        len += self.dns.is_some() as usize;
        len += self.dns_search.is_some() as usize;
        len += self.cap_add.is_some() as usize;
        len += self.cap_drop.is_some() as usize;
        len += self.devices.is_some() as usize;
        len += self.extra_hosts.is_some() as usize;
        len += self.security_opt.is_some() as usize;
        len += self.link_variables.is_some() as usize;
        len += self.image_name.is_some() as usize;
        len += self.public_dns.is_some() as usize;
        len += self.synchronized.is_some() as usize;
        len += self.deployed_datetime.is_some() as usize;
        len += self.started_datetime.is_some() as usize;
        len += self.stopped_datetime.is_some() as usize;
        len += self.destroyed_datetime.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Service", len);
        s.field("uuid", &self.uuid);
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("nickname", &self.nickname);
        s.optional("image_tag", &self.image_tag);
        s.optional("state", &self.state);
        s.optional("stack", &self.stack);
        s.optional("containers", &self.containers);
        s.optional("target_num_containers", &self.target_num_containers);
        s.optional("current_num_containers", &self.current_num_containers);
        s.optional("running_num_containers", &self.running_num_containers);
        s.optional("stopped_num_containers", &self.stopped_num_containers);
        s.optional("container_ports", &self.container_ports);
        s.optional("linked_to_service", &self.linked_to_service);
        s.optional("linked_from_service", &self.linked_from_service);
        s.optional("bindings", &self.bindings);
        s.optional("autoredeploy", &self.autoredeploy);
        s.optional("deployment_strategy", &self.deployment_strategy);
        s.optional("sequential_deployment", &self.sequential_deployment);
        s.optional("container_envvars", &self.container_envvars);
        s.optional("labels", &self.labels);
        s.optional("roles", &self.roles);
        s.optional("tags", &self.tags);
        s.optional("autorestart", &self.autorestart);
        s.optional("autodestroy", &self.autodestroy);
        s.optional("entrypoint", &self.entrypoint);
        s.optional("run_command", &self.run_command);
        s.optional("working_dir", &self.working_dir);
        s.optional("user", &self.user);
        s.optional("hostname", &self.hostname);
        s.optional("domainname", &self.domainname);
        s.optional("mac_address", &self.mac_address);
        s.optional("cgroup_parent", &self.cgroup_parent);
        s.optional("cpu_shares", &self.cpu_shares);
        s.optional("cpuset", &self.cpuset);
        s.optional("memory", &self.memory);
        s.optional("memory_swap", &self.memory_swap);
        s.optional("privileged", &self.privileged);
        s.optional("read_only", &self.read_only);
        s.optional("tty", &self.tty);
        s.optional("stdin_open", &self.stdin_open);
        s.optional("net", &self.net);
        s.optional("pid", &self.pid);
        s.optional("dns", &self.dns);
        s.optional("dns_search", &self.dns_search);
        s.optional("cap_add", &self.cap_add);
        s.optional("cap_drop", &self.cap_drop);
        s.optional("devices", &self.devices);
        s.optional("extra_hosts", &self.extra_hosts);
        s.optional("security_opt", &self.security_opt);
        s.optional("link_variables", &self.link_variables);
        s.optional("image_name", &self.image_name);
        s.optional("public_dns", &self.public_dns);
        s.optional("synchronized", &self.synchronized);
        s.optional("deployed_datetime", &self.deployed_datetime);
        s.optional("started_datetime", &self.started_datetime);
        s.optional("stopped_datetime", &self.stopped_datetime);
        s.optional("destroyed_datetime", &self.destroyed_datetime);
        s.end()
    }
}
#[cfg(feature = "services")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Service {
    const NAME: &'static str = "Service";
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
        let mut v32 = ::std::option::Option::None;
        let mut v33 = ::std::option::Option::None;
        let mut v34 = ::std::option::Option::None;
        let mut v35 = ::std::option::Option::None;
        let mut v36 = ::std::option::Option::None;
        let mut v37 = ::std::option::Option::None;
        let mut v38 = ::std::option::Option::None;
        let mut v39 = ::std::option::Option::None;
        let mut v40 = ::std::option::Option::None;
        let mut v41 = ::std::option::Option::None;
        let mut v42 = ::std::option::Option::None;
        let mut v43 = ::std::option::Option::None;
        let mut v44 = ::std::option::Option::None;
        let mut v45 = ::std::option::Option::None;
        let mut v46 = ::std::option::Option::None;
        let mut v47 = ::std::option::Option::None;
        let mut v48 = ::std::option::Option::None;
        let mut v49 = ::std::option::Option::None;
        let mut v50 = ::std::option::Option::None;
        let mut v51 = ::std::option::Option::None;
        let mut v52 = ::std::option::Option::None;
        let mut v53 = ::std::option::Option::None;
        let mut v54 = ::std::option::Option::None;
        let mut v55 = ::std::option::Option::None;
        let mut v56 = ::std::option::Option::None;
        let mut v57 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "uuid",
                "resource_uri",
                "name",
                "nickname",
                "image_tag",
                "state",
                "stack",
                "containers",
                "target_num_containers",
                "current_num_containers",
                "running_num_containers",
                "stopped_num_containers",
                "container_ports",
                "linked_to_service",
                "linked_from_service",
                "bindings",
                "autoredeploy",
                "deployment_strategy",
                "sequential_deployment",
                "container_envvars",
                "labels",
                "roles",
                "tags",
                "autorestart",
                "autodestroy",
                "entrypoint",
                "run_command",
                "working_dir",
                "user",
                "hostname",
                "domainname",
                "mac_address",
                "cgroup_parent",
                "cpu_shares",
                "cpuset",
                "memory",
                "memory_swap",
                "privileged",
                "read_only",
                "tty",
                "stdin_open",
                "net",
                "pid",
                "dns",
                "dns_search",
                "cap_add",
                "cap_drop",
                "devices",
                "extra_hosts",
                "security_opt",
                "link_variables",
                "image_name",
                "public_dns",
                "synchronized",
                "deployed_datetime",
                "started_datetime",
                "stopped_datetime",
                "destroyed_datetime",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
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
                32 => f.optional(&mut v32),
                33 => f.optional(&mut v33),
                34 => f.optional(&mut v34),
                35 => f.optional(&mut v35),
                36 => f.optional(&mut v36),
                37 => f.optional(&mut v37),
                38 => f.optional(&mut v38),
                39 => f.optional(&mut v39),
                40 => f.optional(&mut v40),
                41 => f.optional(&mut v41),
                42 => f.optional(&mut v42),
                43 => f.optional(&mut v43),
                44 => f.optional(&mut v44),
                45 => f.optional(&mut v45),
                46 => f.optional(&mut v46),
                47 => f.optional(&mut v47),
                48 => f.optional(&mut v48),
                49 => f.optional(&mut v49),
                50 => f.optional(&mut v50),
                51 => f.optional(&mut v51),
                52 => f.optional(&mut v52),
                53 => f.optional(&mut v53),
                54 => f.optional(&mut v54),
                55 => f.optional(&mut v55),
                56 => f.optional(&mut v56),
                57 => f.optional(&mut v57),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            uuid: v0,
            resource_uri: v1,
            name: v2,
            nickname: v3,
            image_tag: v4,
            state: v5,
            stack: v6,
            containers: v7,
            target_num_containers: v8,
            current_num_containers: v9,
            running_num_containers: v10,
            stopped_num_containers: v11,
            container_ports: v12,
            linked_to_service: v13,
            linked_from_service: v14,
            bindings: v15,
            autoredeploy: v16,
            deployment_strategy: v17,
            sequential_deployment: v18,
            container_envvars: v19,
            labels: v20,
            roles: v21,
            tags: v22,
            autorestart: v23,
            autodestroy: v24,
            entrypoint: v25,
            run_command: v26,
            working_dir: v27,
            user: v28,
            hostname: v29,
            domainname: v30,
            mac_address: v31,
            cgroup_parent: v32,
            cpu_shares: v33,
            cpuset: v34,
            memory: v35,
            memory_swap: v36,
            privileged: v37,
            read_only: v38,
            tty: v39,
            stdin_open: v40,
            net: v41,
            pid: v42,
            dns: v43,
            dns_search: v44,
            cap_add: v45,
            cap_drop: v46,
            devices: v47,
            extra_hosts: v48,
            security_opt: v49,
            link_variables: v50,
            image_name: v51,
            public_dns: v52,
            synchronized: v53,
            deployed_datetime: v54,
            started_datetime: v55,
            stopped_datetime: v56,
            destroyed_datetime: v57,
        })
    }
}
#[cfg(feature = "services")]
impl<'de> serde::Deserialize<'de> for Service {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "services")]
impl Service {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        uuid: cloudsdk_runtime::uuid::Uuid,
        resource_uri: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            uuid,
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            nickname: ::std::option::Option::None,
            image_tag: ::std::option::Option::None,
            state: ::std::option::Option::None,
            stack: ::std::option::Option::None,
            containers: ::std::option::Option::None,
            target_num_containers: ::std::option::Option::None,
            current_num_containers: ::std::option::Option::None,
            running_num_containers: ::std::option::Option::None,
            stopped_num_containers: ::std::option::Option::None,
            container_ports: ::std::option::Option::None,
            linked_to_service: ::std::option::Option::None,
            linked_from_service: ::std::option::Option::None,
            bindings: ::std::option::Option::None,
            autoredeploy: ::std::option::Option::None,
            deployment_strategy: ::std::option::Option::None,
            sequential_deployment: ::std::option::Option::None,
            container_envvars: ::std::option::Option::None,
            labels: ::std::option::Option::None,
            roles: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            autorestart: ::std::option::Option::None,
            autodestroy: ::std::option::Option::None,
            entrypoint: ::std::option::Option::None,
            run_command: ::std::option::Option::None,
            working_dir: ::std::option::Option::None,
            user: ::std::option::Option::None,
            hostname: ::std::option::Option::None,
            domainname: ::std::option::Option::None,
            mac_address: ::std::option::Option::None,
            cgroup_parent: ::std::option::Option::None,
            cpu_shares: ::std::option::Option::None,
            cpuset: ::std::option::Option::None,
            memory: ::std::option::Option::None,
            memory_swap: ::std::option::Option::None,
            privileged: ::std::option::Option::None,
            read_only: ::std::option::Option::None,
            tty: ::std::option::Option::None,
            stdin_open: ::std::option::Option::None,
            net: ::std::option::Option::None,
            pid: ::std::option::Option::None,
            dns: ::std::option::Option::None,
            dns_search: ::std::option::Option::None,
            cap_add: ::std::option::Option::None,
            cap_drop: ::std::option::Option::None,
            devices: ::std::option::Option::None,
            extra_hosts: ::std::option::Option::None,
            security_opt: ::std::option::Option::None,
            link_variables: ::std::option::Option::None,
            image_name: ::std::option::Option::None,
            public_dns: ::std::option::Option::None,
            synchronized: ::std::option::Option::None,
            deployed_datetime: ::std::option::Option::None,
            started_datetime: ::std::option::Option::None,
            stopped_datetime: ::std::option::Option::None,
            destroyed_datetime: ::std::option::Option::None,
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
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`image_tag`](Self::image_tag).
    pub fn with_image_tag(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_tag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(mut self, value: ServiceState) -> Self {
        self.state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`stack`](Self::stack).
    pub fn with_stack(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stack = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`containers`](Self::containers).
    pub fn with_containers(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.containers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`target_num_containers`](Self::target_num_containers).
    pub fn with_target_num_containers(mut self, value: i64) -> Self {
        self.target_num_containers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`current_num_containers`](Self::current_num_containers).
    pub fn with_current_num_containers(mut self, value: i64) -> Self {
        self.current_num_containers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`running_num_containers`](Self::running_num_containers).
    pub fn with_running_num_containers(mut self, value: i64) -> Self {
        self.running_num_containers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`stopped_num_containers`](Self::stopped_num_containers).
    pub fn with_stopped_num_containers(mut self, value: i64) -> Self {
        self.stopped_num_containers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`container_ports`](Self::container_ports).
    pub fn with_container_ports(mut self, value: ::std::vec::Vec<ServicePort>) -> Self {
        self.container_ports = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`linked_to_service`](Self::linked_to_service).
    pub fn with_linked_to_service(
        mut self,
        value: ::std::vec::Vec<ServiceLink>,
    ) -> Self {
        self.linked_to_service = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`linked_from_service`](Self::linked_from_service).
    pub fn with_linked_from_service(
        mut self,
        value: ::std::vec::Vec<ServiceLink>,
    ) -> Self {
        self.linked_from_service = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`bindings`](Self::bindings).
    pub fn with_bindings(mut self, value: ::std::vec::Vec<ServiceBinding>) -> Self {
        self.bindings = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autoredeploy`](Self::autoredeploy).
    pub fn with_autoredeploy(mut self, value: bool) -> Self {
        self.autoredeploy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deployment_strategy`](Self::deployment_strategy).
    pub fn with_deployment_strategy(mut self, value: DeploymentStrategy) -> Self {
        self.deployment_strategy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`sequential_deployment`](Self::sequential_deployment).
    pub fn with_sequential_deployment(mut self, value: bool) -> Self {
        self.sequential_deployment = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`container_envvars`](Self::container_envvars).
    pub fn with_container_envvars(mut self, value: ::std::vec::Vec<EnvVar>) -> Self {
        self.container_envvars = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`labels`](Self::labels).
    pub fn with_labels(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.labels = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`roles`](Self::roles).
    pub fn with_roles(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.roles = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autorestart`](Self::autorestart).
    pub fn with_autorestart(mut self, value: Autorestart) -> Self {
        self.autorestart = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autodestroy`](Self::autodestroy).
    pub fn with_autodestroy(mut self, value: Autodestroy) -> Self {
        self.autodestroy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`entrypoint`](Self::entrypoint).
    pub fn with_entrypoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.entrypoint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`run_command`](Self::run_command).
    pub fn with_run_command(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.run_command = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`working_dir`](Self::working_dir).
    pub fn with_working_dir(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.working_dir = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`user`](Self::user).
    pub fn with_user(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`hostname`](Self::hostname).
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`domainname`](Self::domainname).
    pub fn with_domainname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domainname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`mac_address`](Self::mac_address).
    pub fn with_mac_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mac_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cgroup_parent`](Self::cgroup_parent).
    pub fn with_cgroup_parent(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cgroup_parent = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cpu_shares`](Self::cpu_shares).
    pub fn with_cpu_shares(mut self, value: i64) -> Self {
        self.cpu_shares = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cpuset`](Self::cpuset).
    pub fn with_cpuset(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cpuset = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`memory`](Self::memory).
    pub fn with_memory(mut self, value: i64) -> Self {
        self.memory = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`memory_swap`](Self::memory_swap).
    pub fn with_memory_swap(mut self, value: i64) -> Self {
        self.memory_swap = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`privileged`](Self::privileged).
    pub fn with_privileged(mut self, value: bool) -> Self {
        self.privileged = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`read_only`](Self::read_only).
    pub fn with_read_only(mut self, value: bool) -> Self {
        self.read_only = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tty`](Self::tty).
    pub fn with_tty(mut self, value: bool) -> Self {
        self.tty = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`stdin_open`](Self::stdin_open).
    pub fn with_stdin_open(mut self, value: bool) -> Self {
        self.stdin_open = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`net`](Self::net).
    pub fn with_net(mut self, value: NetworkMode) -> Self {
        self.net = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`pid`](Self::pid).
    pub fn with_pid(mut self, value: PidMode) -> Self {
        self.pid = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`dns`](Self::dns).
    pub fn with_dns(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.dns = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`dns_search`](Self::dns_search).
    pub fn with_dns_search(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.dns_search = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cap_add`](Self::cap_add).
    pub fn with_cap_add(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.cap_add = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cap_drop`](Self::cap_drop).
    pub fn with_cap_drop(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.cap_drop = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`devices`](Self::devices).
    pub fn with_devices(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.devices = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`extra_hosts`](Self::extra_hosts).
    pub fn with_extra_hosts(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.extra_hosts = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`security_opt`](Self::security_opt).
    pub fn with_security_opt(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.security_opt = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`link_variables`](Self::link_variables).
    pub fn with_link_variables(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.link_variables = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`image_name`](Self::image_name).
    pub fn with_image_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`public_dns`](Self::public_dns).
    pub fn with_public_dns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_dns = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`synchronized`](Self::synchronized).
    pub fn with_synchronized(mut self, value: bool) -> Self {
        self.synchronized = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deployed_datetime`](Self::deployed_datetime).
    pub fn with_deployed_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployed_datetime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`started_datetime`](Self::started_datetime).
    pub fn with_started_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.started_datetime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`stopped_datetime`](Self::stopped_datetime).
    pub fn with_stopped_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stopped_datetime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`destroyed_datetime`](Self::destroyed_datetime).
    pub fn with_destroyed_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destroyed_datetime = ::std::option::Option::Some(value.into());
        self
    }
}
/// Definition of a new service. It is created in state `Not running`; call `startService` to deploy it.
#[cfg(any(feature = "services", feature = "stacks"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ServiceCreate {
    /// Image to run, `[registry/]owner/name[:tag]`.
    pub image: ::std::string::String,
    /// Service name; defaults to the image name without its owner.
    pub name: ::std::option::Option<::std::string::String>,
    /// Display name.
    pub nickname: ::std::option::Option<::std::string::String>,
    /// Number of containers (default 1).
    pub target_num_containers: ::std::option::Option<i64>,
    /// Command override.
    pub run_command: ::std::option::Option<::std::string::String>,
    /// Entrypoint override.
    pub entrypoint: ::std::option::Option<::std::string::String>,
    /// Ports to expose.
    pub container_ports: ::std::option::Option<::std::vec::Vec<ServicePortSpec>>,
    /// Environment variables.
    pub container_envvars: ::std::option::Option<::std::vec::Vec<EnvVar>>,
    /// Links to other services.
    pub linked_to_service: ::std::option::Option<::std::vec::Vec<ServiceLinkSpec>>,
    /// Volumes.
    pub bindings: ::std::option::Option<::std::vec::Vec<ServiceBindingSpec>>,
    /// `autorestart`
    pub autorestart: ::std::option::Option<Autorestart>,
    /// `autodestroy`
    pub autodestroy: ::std::option::Option<Autodestroy>,
    /// Start containers one after another (default false).
    pub sequential_deployment: ::std::option::Option<bool>,
    /// API roles; `global` is the only one.
    pub roles: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Run in privileged mode.
    pub privileged: ::std::option::Option<bool>,
    /// `deployment_strategy`
    pub deployment_strategy: ::std::option::Option<DeploymentStrategy>,
    /// Deployment tags.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// Redeploy when the image is pushed (default false).
    pub autoredeploy: ::std::option::Option<bool>,
    /// `net`
    pub net: ::std::option::Option<NetworkMode>,
    /// `pid`
    pub pid: ::std::option::Option<PidMode>,
    /// Working directory (default `/`).
    pub working_dir: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl serde::Serialize for ServiceCreate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.name.is_some() as usize;
        len += self.nickname.is_some() as usize;
        len += self.target_num_containers.is_some() as usize;
        len += self.run_command.is_some() as usize;
        len += self.entrypoint.is_some() as usize;
        len += self.container_ports.is_some() as usize;
        len += self.container_envvars.is_some() as usize;
        len += self.linked_to_service.is_some() as usize;
        len += self.bindings.is_some() as usize;
        len += self.autorestart.is_some() as usize;
        len += self.autodestroy.is_some() as usize;
        len += self.sequential_deployment.is_some() as usize;
        len += self.roles.is_some() as usize;
        len += self.privileged.is_some() as usize;
        len += self.deployment_strategy.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.autoredeploy.is_some() as usize;
        len += self.net.is_some() as usize;
        len += self.pid.is_some() as usize;
        len += self.working_dir.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ServiceCreate", len);
        s.field("image", &self.image);
        s.optional("name", &self.name);
        s.optional("nickname", &self.nickname);
        s.optional("target_num_containers", &self.target_num_containers);
        s.optional("run_command", &self.run_command);
        s.optional("entrypoint", &self.entrypoint);
        s.optional("container_ports", &self.container_ports);
        s.optional("container_envvars", &self.container_envvars);
        s.optional("linked_to_service", &self.linked_to_service);
        s.optional("bindings", &self.bindings);
        s.optional("autorestart", &self.autorestart);
        s.optional("autodestroy", &self.autodestroy);
        s.optional("sequential_deployment", &self.sequential_deployment);
        s.optional("roles", &self.roles);
        s.optional("privileged", &self.privileged);
        s.optional("deployment_strategy", &self.deployment_strategy);
        s.optional("tags", &self.tags);
        s.optional("autoredeploy", &self.autoredeploy);
        s.optional("net", &self.net);
        s.optional("pid", &self.pid);
        s.optional("working_dir", &self.working_dir);
        s.end()
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ServiceCreate {
    const NAME: &'static str = "ServiceCreate";
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "image",
                "name",
                "nickname",
                "target_num_containers",
                "run_command",
                "entrypoint",
                "container_ports",
                "container_envvars",
                "linked_to_service",
                "bindings",
                "autorestart",
                "autodestroy",
                "sequential_deployment",
                "roles",
                "privileged",
                "deployment_strategy",
                "tags",
                "autoredeploy",
                "net",
                "pid",
                "working_dir",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("image");
        };
        ::std::result::Result::Ok(Self {
            image: v0,
            name: v1,
            nickname: v2,
            target_num_containers: v3,
            run_command: v4,
            entrypoint: v5,
            container_ports: v6,
            container_envvars: v7,
            linked_to_service: v8,
            bindings: v9,
            autorestart: v10,
            autodestroy: v11,
            sequential_deployment: v12,
            roles: v13,
            privileged: v14,
            deployment_strategy: v15,
            tags: v16,
            autoredeploy: v17,
            net: v18,
            pid: v19,
            working_dir: v20,
        })
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl<'de> serde::Deserialize<'de> for ServiceCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "services", feature = "stacks"))]
impl ServiceCreate {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(image: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image: image.into(),
            name: ::std::option::Option::None,
            nickname: ::std::option::Option::None,
            target_num_containers: ::std::option::Option::None,
            run_command: ::std::option::Option::None,
            entrypoint: ::std::option::Option::None,
            container_ports: ::std::option::Option::None,
            container_envvars: ::std::option::Option::None,
            linked_to_service: ::std::option::Option::None,
            bindings: ::std::option::Option::None,
            autorestart: ::std::option::Option::None,
            autodestroy: ::std::option::Option::None,
            sequential_deployment: ::std::option::Option::None,
            roles: ::std::option::Option::None,
            privileged: ::std::option::Option::None,
            deployment_strategy: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            autoredeploy: ::std::option::Option::None,
            net: ::std::option::Option::None,
            pid: ::std::option::Option::None,
            working_dir: ::std::option::Option::None,
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
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`target_num_containers`](Self::target_num_containers).
    pub fn with_target_num_containers(mut self, value: i64) -> Self {
        self.target_num_containers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`run_command`](Self::run_command).
    pub fn with_run_command(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.run_command = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`entrypoint`](Self::entrypoint).
    pub fn with_entrypoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.entrypoint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`container_ports`](Self::container_ports).
    pub fn with_container_ports(
        mut self,
        value: ::std::vec::Vec<ServicePortSpec>,
    ) -> Self {
        self.container_ports = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`container_envvars`](Self::container_envvars).
    pub fn with_container_envvars(mut self, value: ::std::vec::Vec<EnvVar>) -> Self {
        self.container_envvars = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`linked_to_service`](Self::linked_to_service).
    pub fn with_linked_to_service(
        mut self,
        value: ::std::vec::Vec<ServiceLinkSpec>,
    ) -> Self {
        self.linked_to_service = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`bindings`](Self::bindings).
    pub fn with_bindings(mut self, value: ::std::vec::Vec<ServiceBindingSpec>) -> Self {
        self.bindings = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autorestart`](Self::autorestart).
    pub fn with_autorestart(mut self, value: Autorestart) -> Self {
        self.autorestart = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autodestroy`](Self::autodestroy).
    pub fn with_autodestroy(mut self, value: Autodestroy) -> Self {
        self.autodestroy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`sequential_deployment`](Self::sequential_deployment).
    pub fn with_sequential_deployment(mut self, value: bool) -> Self {
        self.sequential_deployment = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`roles`](Self::roles).
    pub fn with_roles(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.roles = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`privileged`](Self::privileged).
    pub fn with_privileged(mut self, value: bool) -> Self {
        self.privileged = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deployment_strategy`](Self::deployment_strategy).
    pub fn with_deployment_strategy(mut self, value: DeploymentStrategy) -> Self {
        self.deployment_strategy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autoredeploy`](Self::autoredeploy).
    pub fn with_autoredeploy(mut self, value: bool) -> Self {
        self.autoredeploy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`net`](Self::net).
    pub fn with_net(mut self, value: NetworkMode) -> Self {
        self.net = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`pid`](Self::pid).
    pub fn with_pid(mut self, value: PidMode) -> Self {
        self.pid = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`working_dir`](Self::working_dir).
    pub fn with_working_dir(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.working_dir = ::std::option::Option::Some(value.into());
        self
    }
}
/// Changes to a service definition. Running containers keep the old definition until the service is redeployed; `deployment_strategy` cannot be switched to or from `EVERY_NODE`.
#[cfg(feature = "services")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceUpdate {
    /// `autorestart`
    pub autorestart: ::std::option::Option<Autorestart>,
    /// `autodestroy`
    pub autodestroy: ::std::option::Option<Autodestroy>,
    /// Replacement environment variables.
    pub container_envvars: ::std::option::Option<::std::vec::Vec<EnvVar>>,
    /// Replacement ports.
    pub container_ports: ::std::option::Option<::std::vec::Vec<ServicePortSpec>>,
    /// Relative CPU weight.
    pub cpu_shares: ::std::option::Option<i64>,
    /// Entrypoint override.
    pub entrypoint: ::std::option::Option<::std::string::String>,
    /// New image; the tag defaults to `latest`.
    pub image: ::std::option::Option<::std::string::String>,
    /// Replacement links.
    pub linked_to_service: ::std::option::Option<::std::vec::Vec<ServiceLinkSpec>>,
    /// Memory limit in MB.
    pub memory: ::std::option::Option<i64>,
    /// Run in privileged mode.
    pub privileged: ::std::option::Option<bool>,
    /// API roles.
    pub roles: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Command override.
    pub run_command: ::std::option::Option<::std::string::String>,
    /// Start containers one after another.
    pub sequential_deployment: ::std::option::Option<bool>,
    /// Replacement deployment tags.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// Desired number of containers; `scaleService` applies it.
    pub target_num_containers: ::std::option::Option<i64>,
    /// `deployment_strategy`
    pub deployment_strategy: ::std::option::Option<DeploymentStrategy>,
    /// Redeploy when the image is pushed.
    pub autoredeploy: ::std::option::Option<bool>,
    /// `net`
    pub net: ::std::option::Option<NetworkMode>,
    /// `pid`
    pub pid: ::std::option::Option<PidMode>,
    /// Working directory.
    pub working_dir: ::std::option::Option<::std::string::String>,
    /// Display name.
    pub nickname: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "services")]
impl serde::Serialize for ServiceUpdate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.autorestart.is_some() as usize;
        len += self.autodestroy.is_some() as usize;
        len += self.container_envvars.is_some() as usize;
        len += self.container_ports.is_some() as usize;
        len += self.cpu_shares.is_some() as usize;
        len += self.entrypoint.is_some() as usize;
        len += self.image.is_some() as usize;
        len += self.linked_to_service.is_some() as usize;
        len += self.memory.is_some() as usize;
        len += self.privileged.is_some() as usize;
        len += self.roles.is_some() as usize;
        len += self.run_command.is_some() as usize;
        len += self.sequential_deployment.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.target_num_containers.is_some() as usize;
        len += self.deployment_strategy.is_some() as usize;
        len += self.autoredeploy.is_some() as usize;
        len += self.net.is_some() as usize;
        len += self.pid.is_some() as usize;
        len += self.working_dir.is_some() as usize;
        len += self.nickname.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ServiceUpdate", len);
        s.optional("autorestart", &self.autorestart);
        s.optional("autodestroy", &self.autodestroy);
        s.optional("container_envvars", &self.container_envvars);
        s.optional("container_ports", &self.container_ports);
        s.optional("cpu_shares", &self.cpu_shares);
        s.optional("entrypoint", &self.entrypoint);
        s.optional("image", &self.image);
        s.optional("linked_to_service", &self.linked_to_service);
        s.optional("memory", &self.memory);
        s.optional("privileged", &self.privileged);
        s.optional("roles", &self.roles);
        s.optional("run_command", &self.run_command);
        s.optional("sequential_deployment", &self.sequential_deployment);
        s.optional("tags", &self.tags);
        s.optional("target_num_containers", &self.target_num_containers);
        s.optional("deployment_strategy", &self.deployment_strategy);
        s.optional("autoredeploy", &self.autoredeploy);
        s.optional("net", &self.net);
        s.optional("pid", &self.pid);
        s.optional("working_dir", &self.working_dir);
        s.optional("nickname", &self.nickname);
        s.end()
    }
}
#[cfg(feature = "services")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ServiceUpdate {
    const NAME: &'static str = "ServiceUpdate";
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "autorestart",
                "autodestroy",
                "container_envvars",
                "container_ports",
                "cpu_shares",
                "entrypoint",
                "image",
                "linked_to_service",
                "memory",
                "privileged",
                "roles",
                "run_command",
                "sequential_deployment",
                "tags",
                "target_num_containers",
                "deployment_strategy",
                "autoredeploy",
                "net",
                "pid",
                "working_dir",
                "nickname",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            autorestart: v0,
            autodestroy: v1,
            container_envvars: v2,
            container_ports: v3,
            cpu_shares: v4,
            entrypoint: v5,
            image: v6,
            linked_to_service: v7,
            memory: v8,
            privileged: v9,
            roles: v10,
            run_command: v11,
            sequential_deployment: v12,
            tags: v13,
            target_num_containers: v14,
            deployment_strategy: v15,
            autoredeploy: v16,
            net: v17,
            pid: v18,
            working_dir: v19,
            nickname: v20,
        })
    }
}
#[cfg(feature = "services")]
impl<'de> serde::Deserialize<'de> for ServiceUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "services")]
impl ServiceUpdate {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            autorestart: ::std::option::Option::None,
            autodestroy: ::std::option::Option::None,
            container_envvars: ::std::option::Option::None,
            container_ports: ::std::option::Option::None,
            cpu_shares: ::std::option::Option::None,
            entrypoint: ::std::option::Option::None,
            image: ::std::option::Option::None,
            linked_to_service: ::std::option::Option::None,
            memory: ::std::option::Option::None,
            privileged: ::std::option::Option::None,
            roles: ::std::option::Option::None,
            run_command: ::std::option::Option::None,
            sequential_deployment: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            target_num_containers: ::std::option::Option::None,
            deployment_strategy: ::std::option::Option::None,
            autoredeploy: ::std::option::Option::None,
            net: ::std::option::Option::None,
            pid: ::std::option::Option::None,
            working_dir: ::std::option::Option::None,
            nickname: ::std::option::Option::None,
        }
    }
    /// Sets [`autorestart`](Self::autorestart).
    pub fn with_autorestart(mut self, value: Autorestart) -> Self {
        self.autorestart = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autodestroy`](Self::autodestroy).
    pub fn with_autodestroy(mut self, value: Autodestroy) -> Self {
        self.autodestroy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`container_envvars`](Self::container_envvars).
    pub fn with_container_envvars(mut self, value: ::std::vec::Vec<EnvVar>) -> Self {
        self.container_envvars = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`container_ports`](Self::container_ports).
    pub fn with_container_ports(
        mut self,
        value: ::std::vec::Vec<ServicePortSpec>,
    ) -> Self {
        self.container_ports = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cpu_shares`](Self::cpu_shares).
    pub fn with_cpu_shares(mut self, value: i64) -> Self {
        self.cpu_shares = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`entrypoint`](Self::entrypoint).
    pub fn with_entrypoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.entrypoint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`image`](Self::image).
    pub fn with_image(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`linked_to_service`](Self::linked_to_service).
    pub fn with_linked_to_service(
        mut self,
        value: ::std::vec::Vec<ServiceLinkSpec>,
    ) -> Self {
        self.linked_to_service = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`memory`](Self::memory).
    pub fn with_memory(mut self, value: i64) -> Self {
        self.memory = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`privileged`](Self::privileged).
    pub fn with_privileged(mut self, value: bool) -> Self {
        self.privileged = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`roles`](Self::roles).
    pub fn with_roles(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.roles = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`run_command`](Self::run_command).
    pub fn with_run_command(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.run_command = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`sequential_deployment`](Self::sequential_deployment).
    pub fn with_sequential_deployment(mut self, value: bool) -> Self {
        self.sequential_deployment = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`target_num_containers`](Self::target_num_containers).
    pub fn with_target_num_containers(mut self, value: i64) -> Self {
        self.target_num_containers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deployment_strategy`](Self::deployment_strategy).
    pub fn with_deployment_strategy(mut self, value: DeploymentStrategy) -> Self {
        self.deployment_strategy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autoredeploy`](Self::autoredeploy).
    pub fn with_autoredeploy(mut self, value: bool) -> Self {
        self.autoredeploy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`net`](Self::net).
    pub fn with_net(mut self, value: NetworkMode) -> Self {
        self.net = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`pid`](Self::pid).
    pub fn with_pid(mut self, value: PidMode) -> Self {
        self.pid = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`working_dir`](Self::working_dir).
    pub fn with_working_dir(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.working_dir = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
}
/// Definition of a new stack. It is created without starting its services.
#[cfg(feature = "stacks")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StackCreate {
    /// Stack name.
    pub name: ::std::string::String,
    /// Display name.
    pub nickname: ::std::option::Option<::std::string::String>,
    /// Services of the stack (default none). Links and `volumes_from` may name sibling services instead of giving URIs.
    pub services: ::std::option::Option<::std::vec::Vec<ServiceCreate>>,
}
#[cfg(feature = "stacks")]
impl serde::Serialize for StackCreate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.nickname.is_some() as usize;
        len += self.services.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "StackCreate", len);
        s.field("name", &self.name);
        s.optional("nickname", &self.nickname);
        s.optional("services", &self.services);
        s.end()
    }
}
#[cfg(feature = "stacks")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for StackCreate {
    const NAME: &'static str = "StackCreate";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "nickname", "services"],
        );
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
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            nickname: v1,
            services: v2,
        })
    }
}
#[cfg(feature = "stacks")]
impl<'de> serde::Deserialize<'de> for StackCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "stacks")]
impl StackCreate {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            nickname: ::std::option::Option::None,
            services: ::std::option::Option::None,
        }
    }
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`services`](Self::services).
    pub fn with_services(mut self, value: ::std::vec::Vec<ServiceCreate>) -> Self {
        self.services = ::std::option::Option::Some(value);
        self
    }
}
/// New definition of one service of a stack, matched by name.
#[cfg(feature = "stacks")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StackServiceUpdate {
    /// Name of the service in the stack the entry applies to.
    pub name: ::std::option::Option<::std::string::String>,
    /// `autorestart`
    pub autorestart: ::std::option::Option<Autorestart>,
    /// `autodestroy`
    pub autodestroy: ::std::option::Option<Autodestroy>,
    /// Replacement environment variables.
    pub container_envvars: ::std::option::Option<::std::vec::Vec<EnvVar>>,
    /// Replacement ports.
    pub container_ports: ::std::option::Option<::std::vec::Vec<ServicePortSpec>>,
    /// Relative CPU weight.
    pub cpu_shares: ::std::option::Option<i64>,
    /// Entrypoint override.
    pub entrypoint: ::std::option::Option<::std::string::String>,
    /// New image; the tag defaults to `latest`.
    pub image: ::std::option::Option<::std::string::String>,
    /// Replacement links.
    pub linked_to_service: ::std::option::Option<::std::vec::Vec<ServiceLinkSpec>>,
    /// Memory limit in MB.
    pub memory: ::std::option::Option<i64>,
    /// Run in privileged mode.
    pub privileged: ::std::option::Option<bool>,
    /// API roles.
    pub roles: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Command override.
    pub run_command: ::std::option::Option<::std::string::String>,
    /// Start containers one after another.
    pub sequential_deployment: ::std::option::Option<bool>,
    /// Replacement deployment tags.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// Desired number of containers; `scaleService` applies it.
    pub target_num_containers: ::std::option::Option<i64>,
    /// `deployment_strategy`
    pub deployment_strategy: ::std::option::Option<DeploymentStrategy>,
    /// Redeploy when the image is pushed.
    pub autoredeploy: ::std::option::Option<bool>,
    /// `net`
    pub net: ::std::option::Option<NetworkMode>,
    /// `pid`
    pub pid: ::std::option::Option<PidMode>,
    /// Working directory.
    pub working_dir: ::std::option::Option<::std::string::String>,
    /// Display name.
    pub nickname: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "stacks")]
impl serde::Serialize for StackServiceUpdate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.autorestart.is_some() as usize;
        len += self.autodestroy.is_some() as usize;
        len += self.container_envvars.is_some() as usize;
        len += self.container_ports.is_some() as usize;
        len += self.cpu_shares.is_some() as usize;
        len += self.entrypoint.is_some() as usize;
        len += self.image.is_some() as usize;
        len += self.linked_to_service.is_some() as usize;
        len += self.memory.is_some() as usize;
        len += self.privileged.is_some() as usize;
        len += self.roles.is_some() as usize;
        len += self.run_command.is_some() as usize;
        len += self.sequential_deployment.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.target_num_containers.is_some() as usize;
        len += self.deployment_strategy.is_some() as usize;
        len += self.autoredeploy.is_some() as usize;
        len += self.net.is_some() as usize;
        len += self.pid.is_some() as usize;
        len += self.working_dir.is_some() as usize;
        len += self.nickname.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "StackServiceUpdate",
            len,
        );
        s.optional("name", &self.name);
        s.optional("autorestart", &self.autorestart);
        s.optional("autodestroy", &self.autodestroy);
        s.optional("container_envvars", &self.container_envvars);
        s.optional("container_ports", &self.container_ports);
        s.optional("cpu_shares", &self.cpu_shares);
        s.optional("entrypoint", &self.entrypoint);
        s.optional("image", &self.image);
        s.optional("linked_to_service", &self.linked_to_service);
        s.optional("memory", &self.memory);
        s.optional("privileged", &self.privileged);
        s.optional("roles", &self.roles);
        s.optional("run_command", &self.run_command);
        s.optional("sequential_deployment", &self.sequential_deployment);
        s.optional("tags", &self.tags);
        s.optional("target_num_containers", &self.target_num_containers);
        s.optional("deployment_strategy", &self.deployment_strategy);
        s.optional("autoredeploy", &self.autoredeploy);
        s.optional("net", &self.net);
        s.optional("pid", &self.pid);
        s.optional("working_dir", &self.working_dir);
        s.optional("nickname", &self.nickname);
        s.end()
    }
}
#[cfg(feature = "stacks")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for StackServiceUpdate {
    const NAME: &'static str = "StackServiceUpdate";
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "name",
                "autorestart",
                "autodestroy",
                "container_envvars",
                "container_ports",
                "cpu_shares",
                "entrypoint",
                "image",
                "linked_to_service",
                "memory",
                "privileged",
                "roles",
                "run_command",
                "sequential_deployment",
                "tags",
                "target_num_containers",
                "deployment_strategy",
                "autoredeploy",
                "net",
                "pid",
                "working_dir",
                "nickname",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            name: v0,
            autorestart: v1,
            autodestroy: v2,
            container_envvars: v3,
            container_ports: v4,
            cpu_shares: v5,
            entrypoint: v6,
            image: v7,
            linked_to_service: v8,
            memory: v9,
            privileged: v10,
            roles: v11,
            run_command: v12,
            sequential_deployment: v13,
            tags: v14,
            target_num_containers: v15,
            deployment_strategy: v16,
            autoredeploy: v17,
            net: v18,
            pid: v19,
            working_dir: v20,
            nickname: v21,
        })
    }
}
#[cfg(feature = "stacks")]
impl<'de> serde::Deserialize<'de> for StackServiceUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "stacks")]
impl StackServiceUpdate {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            autorestart: ::std::option::Option::None,
            autodestroy: ::std::option::Option::None,
            container_envvars: ::std::option::Option::None,
            container_ports: ::std::option::Option::None,
            cpu_shares: ::std::option::Option::None,
            entrypoint: ::std::option::Option::None,
            image: ::std::option::Option::None,
            linked_to_service: ::std::option::Option::None,
            memory: ::std::option::Option::None,
            privileged: ::std::option::Option::None,
            roles: ::std::option::Option::None,
            run_command: ::std::option::Option::None,
            sequential_deployment: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            target_num_containers: ::std::option::Option::None,
            deployment_strategy: ::std::option::Option::None,
            autoredeploy: ::std::option::Option::None,
            net: ::std::option::Option::None,
            pid: ::std::option::Option::None,
            working_dir: ::std::option::Option::None,
            nickname: ::std::option::Option::None,
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
    /// Sets [`autorestart`](Self::autorestart).
    pub fn with_autorestart(mut self, value: Autorestart) -> Self {
        self.autorestart = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autodestroy`](Self::autodestroy).
    pub fn with_autodestroy(mut self, value: Autodestroy) -> Self {
        self.autodestroy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`container_envvars`](Self::container_envvars).
    pub fn with_container_envvars(mut self, value: ::std::vec::Vec<EnvVar>) -> Self {
        self.container_envvars = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`container_ports`](Self::container_ports).
    pub fn with_container_ports(
        mut self,
        value: ::std::vec::Vec<ServicePortSpec>,
    ) -> Self {
        self.container_ports = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cpu_shares`](Self::cpu_shares).
    pub fn with_cpu_shares(mut self, value: i64) -> Self {
        self.cpu_shares = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`entrypoint`](Self::entrypoint).
    pub fn with_entrypoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.entrypoint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`image`](Self::image).
    pub fn with_image(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`linked_to_service`](Self::linked_to_service).
    pub fn with_linked_to_service(
        mut self,
        value: ::std::vec::Vec<ServiceLinkSpec>,
    ) -> Self {
        self.linked_to_service = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`memory`](Self::memory).
    pub fn with_memory(mut self, value: i64) -> Self {
        self.memory = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`privileged`](Self::privileged).
    pub fn with_privileged(mut self, value: bool) -> Self {
        self.privileged = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`roles`](Self::roles).
    pub fn with_roles(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.roles = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`run_command`](Self::run_command).
    pub fn with_run_command(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.run_command = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`sequential_deployment`](Self::sequential_deployment).
    pub fn with_sequential_deployment(mut self, value: bool) -> Self {
        self.sequential_deployment = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`target_num_containers`](Self::target_num_containers).
    pub fn with_target_num_containers(mut self, value: i64) -> Self {
        self.target_num_containers = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deployment_strategy`](Self::deployment_strategy).
    pub fn with_deployment_strategy(mut self, value: DeploymentStrategy) -> Self {
        self.deployment_strategy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autoredeploy`](Self::autoredeploy).
    pub fn with_autoredeploy(mut self, value: bool) -> Self {
        self.autoredeploy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`net`](Self::net).
    pub fn with_net(mut self, value: NetworkMode) -> Self {
        self.net = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`pid`](Self::pid).
    pub fn with_pid(mut self, value: PidMode) -> Self {
        self.pid = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`working_dir`](Self::working_dir).
    pub fn with_working_dir(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.working_dir = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
}
/// Changes to a stack: every listed service is updated. Links and `volumes_from` may name sibling services.
#[cfg(feature = "stacks")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StackUpdate {
    /// Services to update.
    pub services: ::std::option::Option<::std::vec::Vec<StackServiceUpdate>>,
}
#[cfg(feature = "stacks")]
impl serde::Serialize for StackUpdate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.services.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "StackUpdate", len);
        s.optional("services", &self.services);
        s.end()
    }
}
#[cfg(feature = "stacks")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for StackUpdate {
    const NAME: &'static str = "StackUpdate";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["services"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { services: v0 })
    }
}
#[cfg(feature = "stacks")]
impl<'de> serde::Deserialize<'de> for StackUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "stacks")]
impl StackUpdate {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            services: ::std::option::Option::None,
        }
    }
    /// Sets [`services`](Self::services).
    pub fn with_services(mut self, value: ::std::vec::Vec<StackServiceUpdate>) -> Self {
        self.services = ::std::option::Option::Some(value);
        self
    }
}
/// What calling a trigger does to its service.
#[cfg(feature = "triggers")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum TriggerOperation {
    /// `REDEPLOY`
    Redeploy,
    /// `SCALEUP`
    Scaleup,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "triggers")]
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
#[cfg(feature = "triggers")]
impl ::std::convert::From<::std::string::String> for TriggerOperation {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "REDEPLOY" => Self::Redeploy,
            "SCALEUP" => Self::Scaleup,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "triggers")]
impl std::fmt::Display for TriggerOperation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "triggers")]
impl serde::Serialize for TriggerOperation {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "triggers")]
impl<'de> serde::Deserialize<'de> for TriggerOperation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "triggers")]
impl ::std::cmp::Eq for TriggerOperation {}
#[cfg(feature = "triggers")]
impl ::std::cmp::PartialOrd for TriggerOperation {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "triggers")]
impl ::std::hash::Hash for TriggerOperation {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A secret URL that redeploys or scales up a service when called, without authentication.
#[cfg(feature = "triggers")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Trigger {
    /// Identifier of the trigger.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: cloudsdk_runtime::uuid::Uuid,
    /// Path of this trigger.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Trigger name.
    pub name: ::std::option::Option<::std::string::String>,
    /// `operation`
    pub operation: ::std::option::Option<TriggerOperation>,
    /// Path to POST to in order to fire the trigger.
    ///
    /// Set by the server; ignored in requests.
    pub url: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "triggers")]
impl serde::Serialize for Trigger {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.name.is_some() as usize;
        len += self.operation.is_some() as usize;
        len += self.url.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Trigger", len);
        s.field("uuid", &self.uuid);
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("operation", &self.operation);
        s.optional("url", &self.url);
        s.end()
    }
}
#[cfg(feature = "triggers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Trigger {
    const NAME: &'static str = "Trigger";
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
            &["uuid", "resource_uri", "name", "operation", "url"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            uuid: v0,
            resource_uri: v1,
            name: v2,
            operation: v3,
            url: v4,
        })
    }
}
#[cfg(feature = "triggers")]
impl<'de> serde::Deserialize<'de> for Trigger {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "triggers")]
impl Trigger {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        uuid: cloudsdk_runtime::uuid::Uuid,
        resource_uri: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            uuid,
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            operation: ::std::option::Option::None,
            url: ::std::option::Option::None,
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
    /// Sets [`operation`](Self::operation).
    pub fn with_operation(mut self, value: TriggerOperation) -> Self {
        self.operation = ::std::option::Option::Some(value);
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
/// Definition of a new trigger.
#[cfg(feature = "triggers")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TriggerCreate {
    /// Trigger name.
    pub name: ::std::option::Option<::std::string::String>,
    /// `operation`
    pub operation: ::std::option::Option<TriggerOperation>,
}
#[cfg(feature = "triggers")]
impl serde::Serialize for TriggerCreate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.operation.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "TriggerCreate", len);
        s.optional("name", &self.name);
        s.optional("operation", &self.operation);
        s.end()
    }
}
#[cfg(feature = "triggers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TriggerCreate {
    const NAME: &'static str = "TriggerCreate";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "operation"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { name: v0, operation: v1 })
    }
}
#[cfg(feature = "triggers")]
impl<'de> serde::Deserialize<'de> for TriggerCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "triggers")]
impl TriggerCreate {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            operation: ::std::option::Option::None,
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
    /// Sets [`operation`](Self::operation).
    pub fn with_operation(mut self, value: TriggerOperation) -> Self {
        self.operation = ::std::option::Option::Some(value);
        self
    }
}
/// One page of triggers.
#[cfg(feature = "triggers")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TriggerList {
    /// `meta`
    pub meta: ListMeta,
    /// The triggers on this page.
    pub objects: ::std::vec::Vec<Trigger>,
}
#[cfg(feature = "triggers")]
impl serde::Serialize for TriggerList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "TriggerList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "triggers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TriggerList {
    const NAME: &'static str = "TriggerList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "triggers")]
impl<'de> serde::Deserialize<'de> for TriggerList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "triggers")]
impl TriggerList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<Trigger>) -> Self {
        Self { meta, objects }
    }
}
/// Lifecycle state of a container.
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Unknown(::std::string::String),
}
#[cfg(feature = "containers")]
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
#[cfg(feature = "containers")]
impl ::std::convert::From<::std::string::String> for ContainerState {
    fn from(value: ::std::string::String) -> Self {
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
#[cfg(feature = "containers")]
impl std::fmt::Display for ContainerState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "containers")]
impl serde::Serialize for ContainerState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "containers")]
impl<'de> serde::Deserialize<'de> for ContainerState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "containers")]
impl ::std::cmp::Eq for ContainerState {}
#[cfg(feature = "containers")]
impl ::std::cmp::PartialOrd for ContainerState {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "containers")]
impl ::std::hash::Hash for ContainerState {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A port of a container.
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContainerPort {
    /// `protocol`
    pub protocol: ::std::option::Option<PortProtocol>,
    /// Port inside the container.
    pub inner_port: ::std::option::Option<i64>,
    /// Port on the node, when bound.
    pub outer_port: ::std::option::Option<i64>,
    /// Well-known name of the port.
    pub port_name: ::std::option::Option<::std::string::String>,
    /// URL scheme used in `endpoint_uri`.
    pub uri_protocol: ::std::option::Option<::std::string::String>,
    /// Public URL of the port once published.
    pub endpoint_uri: ::std::option::Option<::std::string::String>,
    /// Whether the port is exposed on the node.
    pub published: ::std::option::Option<bool>,
}
#[cfg(feature = "containers")]
impl serde::Serialize for ContainerPort {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.protocol.is_some() as usize;
        len += self.inner_port.is_some() as usize;
        len += self.outer_port.is_some() as usize;
        len += self.port_name.is_some() as usize;
        len += self.uri_protocol.is_some() as usize;
        len += self.endpoint_uri.is_some() as usize;
        len += self.published.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ContainerPort", len);
        s.optional("protocol", &self.protocol);
        s.optional("inner_port", &self.inner_port);
        s.optional("outer_port", &self.outer_port);
        s.optional("port_name", &self.port_name);
        s.optional("uri_protocol", &self.uri_protocol);
        s.optional("endpoint_uri", &self.endpoint_uri);
        s.optional("published", &self.published);
        s.end()
    }
}
#[cfg(feature = "containers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ContainerPort {
    const NAME: &'static str = "ContainerPort";
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
                "protocol",
                "inner_port",
                "outer_port",
                "port_name",
                "uri_protocol",
                "endpoint_uri",
                "published",
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
            protocol: v0,
            inner_port: v1,
            outer_port: v2,
            port_name: v3,
            uri_protocol: v4,
            endpoint_uri: v5,
            published: v6,
        })
    }
}
#[cfg(feature = "containers")]
impl<'de> serde::Deserialize<'de> for ContainerPort {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "containers")]
impl ContainerPort {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            protocol: ::std::option::Option::None,
            inner_port: ::std::option::Option::None,
            outer_port: ::std::option::Option::None,
            port_name: ::std::option::Option::None,
            uri_protocol: ::std::option::Option::None,
            endpoint_uri: ::std::option::Option::None,
            published: ::std::option::Option::None,
        }
    }
    /// Sets [`protocol`](Self::protocol).
    pub fn with_protocol(mut self, value: PortProtocol) -> Self {
        self.protocol = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`inner_port`](Self::inner_port).
    pub fn with_inner_port(mut self, value: i64) -> Self {
        self.inner_port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`outer_port`](Self::outer_port).
    pub fn with_outer_port(mut self, value: i64) -> Self {
        self.outer_port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`port_name`](Self::port_name).
    pub fn with_port_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.port_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`uri_protocol`](Self::uri_protocol).
    pub fn with_uri_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uri_protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`endpoint_uri`](Self::endpoint_uri).
    pub fn with_endpoint_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.endpoint_uri = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`published`](Self::published).
    pub fn with_published(mut self, value: bool) -> Self {
        self.published = ::std::option::Option::Some(value);
        self
    }
}
/// A volume of a container.
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContainerBinding {
    /// Directory on the node, for a bind mount.
    pub host_path: ::std::option::Option<::std::string::String>,
    /// Mount point inside the container.
    pub container_path: ::std::option::Option<::std::string::String>,
    /// Whether the volume is writable.
    pub rewritable: ::std::option::Option<bool>,
    /// Resource URI of the volume.
    pub volume: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "containers")]
impl serde::Serialize for ContainerBinding {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.host_path.is_some() as usize;
        len += self.container_path.is_some() as usize;
        len += self.rewritable.is_some() as usize;
        len += self.volume.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ContainerBinding",
            len,
        );
        s.optional("host_path", &self.host_path);
        s.optional("container_path", &self.container_path);
        s.optional("rewritable", &self.rewritable);
        s.optional("volume", &self.volume);
        s.end()
    }
}
#[cfg(feature = "containers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ContainerBinding {
    const NAME: &'static str = "ContainerBinding";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["host_path", "container_path", "rewritable", "volume"],
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
            host_path: v0,
            container_path: v1,
            rewritable: v2,
            volume: v3,
        })
    }
}
#[cfg(feature = "containers")]
impl<'de> serde::Deserialize<'de> for ContainerBinding {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "containers")]
impl ContainerBinding {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            host_path: ::std::option::Option::None,
            container_path: ::std::option::Option::None,
            rewritable: ::std::option::Option::None,
            volume: ::std::option::Option::None,
        }
    }
    /// Sets [`host_path`](Self::host_path).
    pub fn with_host_path(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_path = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`container_path`](Self::container_path).
    pub fn with_container_path(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_path = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`rewritable`](Self::rewritable).
    pub fn with_rewritable(mut self, value: bool) -> Self {
        self.rewritable = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`volume`](Self::volume).
    pub fn with_volume(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume = ::std::option::Option::Some(value.into());
        self
    }
}
/// A link from one container to another.
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ContainerLink {
    /// Alias of the link.
    pub name: ::std::option::Option<::std::string::String>,
    /// Resource URI of the linking container.
    pub from_container: ::std::option::Option<::std::string::String>,
    /// Resource URI of the linked container.
    pub to_container: ::std::option::Option<::std::string::String>,
    /// Addresses of the target keyed by `<port>/<protocol>`.
    pub endpoints: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
#[cfg(feature = "containers")]
impl serde::Serialize for ContainerLink {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.from_container.is_some() as usize;
        len += self.to_container.is_some() as usize;
        len += self.endpoints.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ContainerLink", len);
        s.optional("name", &self.name);
        s.optional("from_container", &self.from_container);
        s.optional("to_container", &self.to_container);
        s.optional("endpoints", &self.endpoints);
        s.end()
    }
}
#[cfg(feature = "containers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ContainerLink {
    const NAME: &'static str = "ContainerLink";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "from_container", "to_container", "endpoints"],
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
            from_container: v1,
            to_container: v2,
            endpoints: v3,
        })
    }
}
#[cfg(feature = "containers")]
impl<'de> serde::Deserialize<'de> for ContainerLink {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "containers")]
impl ContainerLink {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            from_container: ::std::option::Option::None,
            to_container: ::std::option::Option::None,
            endpoints: ::std::option::Option::None,
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
    /// Sets [`from_container`](Self::from_container).
    pub fn with_from_container(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_container = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`to_container`](Self::to_container).
    pub fn with_to_container(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_container = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`endpoints`](Self::endpoints).
    pub fn with_endpoints(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.endpoints = ::std::option::Option::Some(value);
        self
    }
}
/// One running instance of a service. Containers are created only through services.
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Container {
    /// Identifier of the container.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: cloudsdk_runtime::uuid::Uuid,
    /// Path of this container.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Service name plus an index.
    ///
    /// Set by the server; ignored in requests.
    pub name: ::std::option::Option<::std::string::String>,
    /// `state`
    pub state: ::std::option::Option<ContainerState>,
    /// Resource URI of the node it runs on.
    ///
    /// Set by the server; ignored in requests.
    pub node: ::std::option::Option<::std::string::String>,
    /// Resource URI of its service.
    ///
    /// Set by the server; ignored in requests.
    pub service: ::std::option::Option<::std::string::String>,
    /// Docker's identifier of the container.
    ///
    /// Set by the server; ignored in requests.
    pub docker_id: ::std::option::Option<::std::string::String>,
    /// Legacy Tutum field: resource URI of the image tag.
    ///
    /// Set by the server; ignored in requests.
    pub image_tag: ::std::option::Option<::std::string::String>,
    /// Legacy Tutum field: resource URI of the top image layer.
    ///
    /// Set by the server; ignored in requests.
    pub layer: ::std::option::Option<::std::string::String>,
    /// Exit status of the last run, if it exited.
    ///
    /// Set by the server; ignored in requests.
    pub exit_code: ::std::option::Option<i64>,
    /// Explanation of `exit_code`.
    ///
    /// Set by the server; ignored in requests.
    pub exit_code_msg: ::std::option::Option<::std::string::String>,
    /// Address on the overlay network.
    ///
    /// Set by the server; ignored in requests.
    pub private_ip: ::std::option::Option<::std::string::String>,
    /// Ports of the container.
    ///
    /// Set by the server; ignored in requests.
    pub container_ports: ::std::option::Option<::std::vec::Vec<ContainerPort>>,
    /// Volumes of the container.
    ///
    /// Set by the server; ignored in requests.
    pub bindings: ::std::option::Option<::std::vec::Vec<ContainerBinding>>,
    /// Links to other containers.
    ///
    /// Set by the server; ignored in requests.
    pub linked_to_container: ::std::option::Option<::std::vec::Vec<ContainerLink>>,
    /// Environment variables set by the user; they override the image's.
    ///
    /// Set by the server; ignored in requests.
    pub container_envvars: ::std::option::Option<::std::vec::Vec<EnvVar>>,
    /// Docker labels of the containers.
    ///
    /// Set by the server; ignored in requests.
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// API roles; `global` gives containers a `DOCKERCLOUD_AUTH` credential.
    ///
    /// Set by the server; ignored in requests.
    pub roles: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `autorestart`
    pub autorestart: ::std::option::Option<Autorestart>,
    /// `autodestroy`
    pub autodestroy: ::std::option::Option<Autodestroy>,
    /// Entrypoint override.
    ///
    /// Set by the server; ignored in requests.
    pub entrypoint: ::std::option::Option<::std::string::String>,
    /// Command override.
    ///
    /// Set by the server; ignored in requests.
    pub run_command: ::std::option::Option<::std::string::String>,
    /// Working directory (default `/`).
    ///
    /// Set by the server; ignored in requests.
    pub working_dir: ::std::option::Option<::std::string::String>,
    /// User the process runs as (default `root`).
    ///
    /// Set by the server; ignored in requests.
    pub user: ::std::option::Option<::std::string::String>,
    /// Host name inside the containers.
    ///
    /// Set by the server; ignored in requests.
    pub hostname: ::std::option::Option<::std::string::String>,
    /// Domain name inside the containers.
    ///
    /// Set by the server; ignored in requests.
    pub domainname: ::std::option::Option<::std::string::String>,
    /// MAC address of the containers.
    ///
    /// Set by the server; ignored in requests.
    pub mac_address: ::std::option::Option<::std::string::String>,
    /// Parent cgroup of the containers.
    ///
    /// Set by the server; ignored in requests.
    pub cgroup_parent: ::std::option::Option<::std::string::String>,
    /// Relative CPU weight.
    ///
    /// Set by the server; ignored in requests.
    pub cpu_shares: ::std::option::Option<i64>,
    /// CPUs the containers may use.
    ///
    /// Set by the server; ignored in requests.
    pub cpuset: ::std::option::Option<::std::string::String>,
    /// Memory limit in MB.
    ///
    /// Set by the server; ignored in requests.
    pub memory: ::std::option::Option<i64>,
    /// Memory plus swap limit in MB.
    ///
    /// Set by the server; ignored in requests.
    pub memory_swap: ::std::option::Option<i64>,
    /// Run the containers in privileged mode.
    ///
    /// Set by the server; ignored in requests.
    pub privileged: ::std::option::Option<bool>,
    /// Mount the root file system read-only.
    ///
    /// Set by the server; ignored in requests.
    pub read_only: ::std::option::Option<bool>,
    /// Allocate a terminal.
    ///
    /// Set by the server; ignored in requests.
    pub tty: ::std::option::Option<bool>,
    /// Keep standard input open.
    ///
    /// Set by the server; ignored in requests.
    pub stdin_open: ::std::option::Option<bool>,
    /// `net`
    pub net: ::std::option::Option<NetworkMode>,
    /// `pid`
    pub pid: ::std::option::Option<PidMode>,
    /// DNS servers.
    ///
    /// Set by the server; ignored in requests.
    pub dns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// DNS search domains.
    ///
    /// Set by the server; ignored in requests.
    pub dns_search: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Linux capabilities added.
    ///
    /// Set by the server; ignored in requests.
    pub cap_add: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Linux capabilities dropped.
    ///
    /// Set by the server; ignored in requests.
    pub cap_drop: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Host devices exposed to the containers.
    ///
    /// Set by the server; ignored in requests.
    pub devices: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Extra `/etc/hosts` entries.
    ///
    /// Set by the server; ignored in requests.
    pub extra_hosts: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Security options.
    ///
    /// Set by the server; ignored in requests.
    pub security_opt: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Environment variables a container linking to this one receives.
    ///
    /// Set by the server; ignored in requests.
    pub link_variables: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// Image reference the containers run.
    ///
    /// Set by the server; ignored in requests.
    pub image_name: ::std::option::Option<::std::string::String>,
    /// Generated DNS name.
    ///
    /// Set by the server; ignored in requests.
    pub public_dns: ::std::option::Option<::std::string::String>,
    /// Whether the running containers match the current definition.
    ///
    /// Set by the server; ignored in requests.
    pub synchronized: ::std::option::Option<bool>,
    /// When it was deployed.
    ///
    /// Set by the server; ignored in requests.
    pub deployed_datetime: ::std::option::Option<::std::string::String>,
    /// When it was last started.
    ///
    /// Set by the server; ignored in requests.
    pub started_datetime: ::std::option::Option<::std::string::String>,
    /// When it was last stopped.
    ///
    /// Set by the server; ignored in requests.
    pub stopped_datetime: ::std::option::Option<::std::string::String>,
    /// When it was terminated.
    ///
    /// Set by the server; ignored in requests.
    pub destroyed_datetime: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "containers")]
impl serde::Serialize for Container {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.name.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.node.is_some() as usize;
        len += self.service.is_some() as usize;
        len += self.docker_id.is_some() as usize;
        len += self.image_tag.is_some() as usize;
        len += self.layer.is_some() as usize;
        len += self.exit_code.is_some() as usize;
        len += self.exit_code_msg.is_some() as usize;
        len += self.private_ip.is_some() as usize;
        len += self.container_ports.is_some() as usize;
        len += self.bindings.is_some() as usize;
        len += self.linked_to_container.is_some() as usize;
        len += self.container_envvars.is_some() as usize;
        len += self.labels.is_some() as usize;
        len += self.roles.is_some() as usize;
        len += self.autorestart.is_some() as usize;
        len += self.autodestroy.is_some() as usize;
        len += self.entrypoint.is_some() as usize;
        len += self.run_command.is_some() as usize;
        len += self.working_dir.is_some() as usize;
        len += self.user.is_some() as usize;
        len += self.hostname.is_some() as usize;
        len += self.domainname.is_some() as usize;
        len += self.mac_address.is_some() as usize;
        len += self.cgroup_parent.is_some() as usize;
        len += self.cpu_shares.is_some() as usize;
        len += self.cpuset.is_some() as usize;
        len += self.memory.is_some() as usize;
        len += self.memory_swap.is_some() as usize;
        len += self.privileged.is_some() as usize;
        len += self.read_only.is_some() as usize;
        len += self.tty.is_some() as usize;
        len += self.stdin_open.is_some() as usize;
        len += self.net.is_some() as usize;
        len += self.pid.is_some() as usize;
        len += self.dns.is_some() as usize;
        len += self.dns_search.is_some() as usize;
        len += self.cap_add.is_some() as usize;
        len += self.cap_drop.is_some() as usize;
        len += self.devices.is_some() as usize;
        len += self.extra_hosts.is_some() as usize;
        len += self.security_opt.is_some() as usize;
        len += self.link_variables.is_some() as usize;
        len += self.image_name.is_some() as usize;
        len += self.public_dns.is_some() as usize;
        len += self.synchronized.is_some() as usize;
        len += self.deployed_datetime.is_some() as usize;
        len += self.started_datetime.is_some() as usize;
        len += self.stopped_datetime.is_some() as usize;
        len += self.destroyed_datetime.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Container", len);
        s.field("uuid", &self.uuid);
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("state", &self.state);
        s.optional("node", &self.node);
        s.optional("service", &self.service);
        s.optional("docker_id", &self.docker_id);
        s.optional("image_tag", &self.image_tag);
        s.optional("layer", &self.layer);
        s.optional("exit_code", &self.exit_code);
        s.optional("exit_code_msg", &self.exit_code_msg);
        s.optional("private_ip", &self.private_ip);
        s.optional("container_ports", &self.container_ports);
        s.optional("bindings", &self.bindings);
        s.optional("linked_to_container", &self.linked_to_container);
        s.optional("container_envvars", &self.container_envvars);
        s.optional("labels", &self.labels);
        s.optional("roles", &self.roles);
        s.optional("autorestart", &self.autorestart);
        s.optional("autodestroy", &self.autodestroy);
        s.optional("entrypoint", &self.entrypoint);
        s.optional("run_command", &self.run_command);
        s.optional("working_dir", &self.working_dir);
        s.optional("user", &self.user);
        s.optional("hostname", &self.hostname);
        s.optional("domainname", &self.domainname);
        s.optional("mac_address", &self.mac_address);
        s.optional("cgroup_parent", &self.cgroup_parent);
        s.optional("cpu_shares", &self.cpu_shares);
        s.optional("cpuset", &self.cpuset);
        s.optional("memory", &self.memory);
        s.optional("memory_swap", &self.memory_swap);
        s.optional("privileged", &self.privileged);
        s.optional("read_only", &self.read_only);
        s.optional("tty", &self.tty);
        s.optional("stdin_open", &self.stdin_open);
        s.optional("net", &self.net);
        s.optional("pid", &self.pid);
        s.optional("dns", &self.dns);
        s.optional("dns_search", &self.dns_search);
        s.optional("cap_add", &self.cap_add);
        s.optional("cap_drop", &self.cap_drop);
        s.optional("devices", &self.devices);
        s.optional("extra_hosts", &self.extra_hosts);
        s.optional("security_opt", &self.security_opt);
        s.optional("link_variables", &self.link_variables);
        s.optional("image_name", &self.image_name);
        s.optional("public_dns", &self.public_dns);
        s.optional("synchronized", &self.synchronized);
        s.optional("deployed_datetime", &self.deployed_datetime);
        s.optional("started_datetime", &self.started_datetime);
        s.optional("stopped_datetime", &self.stopped_datetime);
        s.optional("destroyed_datetime", &self.destroyed_datetime);
        s.end()
    }
}
#[cfg(feature = "containers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Container {
    const NAME: &'static str = "Container";
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
        let mut v32 = ::std::option::Option::None;
        let mut v33 = ::std::option::Option::None;
        let mut v34 = ::std::option::Option::None;
        let mut v35 = ::std::option::Option::None;
        let mut v36 = ::std::option::Option::None;
        let mut v37 = ::std::option::Option::None;
        let mut v38 = ::std::option::Option::None;
        let mut v39 = ::std::option::Option::None;
        let mut v40 = ::std::option::Option::None;
        let mut v41 = ::std::option::Option::None;
        let mut v42 = ::std::option::Option::None;
        let mut v43 = ::std::option::Option::None;
        let mut v44 = ::std::option::Option::None;
        let mut v45 = ::std::option::Option::None;
        let mut v46 = ::std::option::Option::None;
        let mut v47 = ::std::option::Option::None;
        let mut v48 = ::std::option::Option::None;
        let mut v49 = ::std::option::Option::None;
        let mut v50 = ::std::option::Option::None;
        let mut v51 = ::std::option::Option::None;
        let mut v52 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "uuid",
                "resource_uri",
                "name",
                "state",
                "node",
                "service",
                "docker_id",
                "image_tag",
                "layer",
                "exit_code",
                "exit_code_msg",
                "private_ip",
                "container_ports",
                "bindings",
                "linked_to_container",
                "container_envvars",
                "labels",
                "roles",
                "autorestart",
                "autodestroy",
                "entrypoint",
                "run_command",
                "working_dir",
                "user",
                "hostname",
                "domainname",
                "mac_address",
                "cgroup_parent",
                "cpu_shares",
                "cpuset",
                "memory",
                "memory_swap",
                "privileged",
                "read_only",
                "tty",
                "stdin_open",
                "net",
                "pid",
                "dns",
                "dns_search",
                "cap_add",
                "cap_drop",
                "devices",
                "extra_hosts",
                "security_opt",
                "link_variables",
                "image_name",
                "public_dns",
                "synchronized",
                "deployed_datetime",
                "started_datetime",
                "stopped_datetime",
                "destroyed_datetime",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
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
                32 => f.optional(&mut v32),
                33 => f.optional(&mut v33),
                34 => f.optional(&mut v34),
                35 => f.optional(&mut v35),
                36 => f.optional(&mut v36),
                37 => f.optional(&mut v37),
                38 => f.optional(&mut v38),
                39 => f.optional(&mut v39),
                40 => f.optional(&mut v40),
                41 => f.optional(&mut v41),
                42 => f.optional(&mut v42),
                43 => f.optional(&mut v43),
                44 => f.optional(&mut v44),
                45 => f.optional(&mut v45),
                46 => f.optional(&mut v46),
                47 => f.optional(&mut v47),
                48 => f.optional(&mut v48),
                49 => f.optional(&mut v49),
                50 => f.optional(&mut v50),
                51 => f.optional(&mut v51),
                52 => f.optional(&mut v52),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            uuid: v0,
            resource_uri: v1,
            name: v2,
            state: v3,
            node: v4,
            service: v5,
            docker_id: v6,
            image_tag: v7,
            layer: v8,
            exit_code: v9,
            exit_code_msg: v10,
            private_ip: v11,
            container_ports: v12,
            bindings: v13,
            linked_to_container: v14,
            container_envvars: v15,
            labels: v16,
            roles: v17,
            autorestart: v18,
            autodestroy: v19,
            entrypoint: v20,
            run_command: v21,
            working_dir: v22,
            user: v23,
            hostname: v24,
            domainname: v25,
            mac_address: v26,
            cgroup_parent: v27,
            cpu_shares: v28,
            cpuset: v29,
            memory: v30,
            memory_swap: v31,
            privileged: v32,
            read_only: v33,
            tty: v34,
            stdin_open: v35,
            net: v36,
            pid: v37,
            dns: v38,
            dns_search: v39,
            cap_add: v40,
            cap_drop: v41,
            devices: v42,
            extra_hosts: v43,
            security_opt: v44,
            link_variables: v45,
            image_name: v46,
            public_dns: v47,
            synchronized: v48,
            deployed_datetime: v49,
            started_datetime: v50,
            stopped_datetime: v51,
            destroyed_datetime: v52,
        })
    }
}
#[cfg(feature = "containers")]
impl<'de> serde::Deserialize<'de> for Container {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "containers")]
impl Container {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        uuid: cloudsdk_runtime::uuid::Uuid,
        resource_uri: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            uuid,
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            state: ::std::option::Option::None,
            node: ::std::option::Option::None,
            service: ::std::option::Option::None,
            docker_id: ::std::option::Option::None,
            image_tag: ::std::option::Option::None,
            layer: ::std::option::Option::None,
            exit_code: ::std::option::Option::None,
            exit_code_msg: ::std::option::Option::None,
            private_ip: ::std::option::Option::None,
            container_ports: ::std::option::Option::None,
            bindings: ::std::option::Option::None,
            linked_to_container: ::std::option::Option::None,
            container_envvars: ::std::option::Option::None,
            labels: ::std::option::Option::None,
            roles: ::std::option::Option::None,
            autorestart: ::std::option::Option::None,
            autodestroy: ::std::option::Option::None,
            entrypoint: ::std::option::Option::None,
            run_command: ::std::option::Option::None,
            working_dir: ::std::option::Option::None,
            user: ::std::option::Option::None,
            hostname: ::std::option::Option::None,
            domainname: ::std::option::Option::None,
            mac_address: ::std::option::Option::None,
            cgroup_parent: ::std::option::Option::None,
            cpu_shares: ::std::option::Option::None,
            cpuset: ::std::option::Option::None,
            memory: ::std::option::Option::None,
            memory_swap: ::std::option::Option::None,
            privileged: ::std::option::Option::None,
            read_only: ::std::option::Option::None,
            tty: ::std::option::Option::None,
            stdin_open: ::std::option::Option::None,
            net: ::std::option::Option::None,
            pid: ::std::option::Option::None,
            dns: ::std::option::Option::None,
            dns_search: ::std::option::Option::None,
            cap_add: ::std::option::Option::None,
            cap_drop: ::std::option::Option::None,
            devices: ::std::option::Option::None,
            extra_hosts: ::std::option::Option::None,
            security_opt: ::std::option::Option::None,
            link_variables: ::std::option::Option::None,
            image_name: ::std::option::Option::None,
            public_dns: ::std::option::Option::None,
            synchronized: ::std::option::Option::None,
            deployed_datetime: ::std::option::Option::None,
            started_datetime: ::std::option::Option::None,
            stopped_datetime: ::std::option::Option::None,
            destroyed_datetime: ::std::option::Option::None,
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
    /// Sets [`state`](Self::state).
    pub fn with_state(mut self, value: ContainerState) -> Self {
        self.state = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`node`](Self::node).
    pub fn with_node(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node = ::std::option::Option::Some(value.into());
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
    /// Sets [`docker_id`](Self::docker_id).
    pub fn with_docker_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.docker_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`image_tag`](Self::image_tag).
    pub fn with_image_tag(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_tag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`layer`](Self::layer).
    pub fn with_layer(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.layer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`exit_code`](Self::exit_code).
    pub fn with_exit_code(mut self, value: i64) -> Self {
        self.exit_code = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`exit_code_msg`](Self::exit_code_msg).
    pub fn with_exit_code_msg(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.exit_code_msg = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`private_ip`](Self::private_ip).
    pub fn with_private_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`container_ports`](Self::container_ports).
    pub fn with_container_ports(
        mut self,
        value: ::std::vec::Vec<ContainerPort>,
    ) -> Self {
        self.container_ports = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`bindings`](Self::bindings).
    pub fn with_bindings(mut self, value: ::std::vec::Vec<ContainerBinding>) -> Self {
        self.bindings = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`linked_to_container`](Self::linked_to_container).
    pub fn with_linked_to_container(
        mut self,
        value: ::std::vec::Vec<ContainerLink>,
    ) -> Self {
        self.linked_to_container = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`container_envvars`](Self::container_envvars).
    pub fn with_container_envvars(mut self, value: ::std::vec::Vec<EnvVar>) -> Self {
        self.container_envvars = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`labels`](Self::labels).
    pub fn with_labels(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.labels = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`roles`](Self::roles).
    pub fn with_roles(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.roles = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autorestart`](Self::autorestart).
    pub fn with_autorestart(mut self, value: Autorestart) -> Self {
        self.autorestart = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`autodestroy`](Self::autodestroy).
    pub fn with_autodestroy(mut self, value: Autodestroy) -> Self {
        self.autodestroy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`entrypoint`](Self::entrypoint).
    pub fn with_entrypoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.entrypoint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`run_command`](Self::run_command).
    pub fn with_run_command(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.run_command = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`working_dir`](Self::working_dir).
    pub fn with_working_dir(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.working_dir = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`user`](Self::user).
    pub fn with_user(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`hostname`](Self::hostname).
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`domainname`](Self::domainname).
    pub fn with_domainname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domainname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`mac_address`](Self::mac_address).
    pub fn with_mac_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mac_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cgroup_parent`](Self::cgroup_parent).
    pub fn with_cgroup_parent(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cgroup_parent = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cpu_shares`](Self::cpu_shares).
    pub fn with_cpu_shares(mut self, value: i64) -> Self {
        self.cpu_shares = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cpuset`](Self::cpuset).
    pub fn with_cpuset(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cpuset = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`memory`](Self::memory).
    pub fn with_memory(mut self, value: i64) -> Self {
        self.memory = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`memory_swap`](Self::memory_swap).
    pub fn with_memory_swap(mut self, value: i64) -> Self {
        self.memory_swap = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`privileged`](Self::privileged).
    pub fn with_privileged(mut self, value: bool) -> Self {
        self.privileged = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`read_only`](Self::read_only).
    pub fn with_read_only(mut self, value: bool) -> Self {
        self.read_only = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tty`](Self::tty).
    pub fn with_tty(mut self, value: bool) -> Self {
        self.tty = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`stdin_open`](Self::stdin_open).
    pub fn with_stdin_open(mut self, value: bool) -> Self {
        self.stdin_open = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`net`](Self::net).
    pub fn with_net(mut self, value: NetworkMode) -> Self {
        self.net = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`pid`](Self::pid).
    pub fn with_pid(mut self, value: PidMode) -> Self {
        self.pid = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`dns`](Self::dns).
    pub fn with_dns(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.dns = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`dns_search`](Self::dns_search).
    pub fn with_dns_search(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.dns_search = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cap_add`](Self::cap_add).
    pub fn with_cap_add(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.cap_add = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cap_drop`](Self::cap_drop).
    pub fn with_cap_drop(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.cap_drop = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`devices`](Self::devices).
    pub fn with_devices(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.devices = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`extra_hosts`](Self::extra_hosts).
    pub fn with_extra_hosts(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.extra_hosts = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`security_opt`](Self::security_opt).
    pub fn with_security_opt(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.security_opt = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`link_variables`](Self::link_variables).
    pub fn with_link_variables(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.link_variables = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`image_name`](Self::image_name).
    pub fn with_image_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`public_dns`](Self::public_dns).
    pub fn with_public_dns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_dns = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`synchronized`](Self::synchronized).
    pub fn with_synchronized(mut self, value: bool) -> Self {
        self.synchronized = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`deployed_datetime`](Self::deployed_datetime).
    pub fn with_deployed_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployed_datetime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`started_datetime`](Self::started_datetime).
    pub fn with_started_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.started_datetime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`stopped_datetime`](Self::stopped_datetime).
    pub fn with_stopped_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stopped_datetime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`destroyed_datetime`](Self::destroyed_datetime).
    pub fn with_destroyed_datetime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destroyed_datetime = ::std::option::Option::Some(value.into());
        self
    }
}
/// A Docker swarm-mode cluster managed by Docker Cloud (beta feature).
#[cfg(feature = "swarms")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Swarm {
    /// Identifier of the swarm, used in URLs.
    ///
    /// Set by the server; ignored in requests.
    pub swarm_id: ::std::string::String,
    /// Path of this swarm.
    ///
    /// Set by the server; ignored in requests.
    pub resource_uri: ::std::string::String,
    /// Swarm name.
    pub name: ::std::option::Option<::std::string::String>,
    /// Display name.
    pub nickname: ::std::option::Option<::std::string::String>,
    /// Owning user or organisation.
    ///
    /// Set by the server; ignored in requests.
    pub namespace: ::std::option::Option<::std::string::String>,
    /// Lifecycle state.
    ///
    /// Set by the server; ignored in requests.
    pub state: ::std::option::Option<::std::string::String>,
    /// Docker API version of the swarm.
    ///
    /// Set by the server; ignored in requests.
    pub version: ::std::option::Option<::std::string::String>,
    /// Public address of the swarm managers.
    ///
    /// Set by the server; ignored in requests.
    pub public_endpoint: ::std::option::Option<::std::string::String>,
    /// Internal address of the swarm managers.
    pub internal_endpoint: ::std::option::Option<::std::string::String>,
    /// Client identifier for connecting to the swarm.
    ///
    /// Set by the server; ignored in requests.
    pub client_id: ::std::option::Option<::std::string::String>,
    /// Client secret for connecting to the swarm.
    ///
    /// Set by the server; ignored in requests.
    pub client_secret: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "swarms")]
impl std::fmt::Debug for Swarm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Swarm")
            .field("swarm_id", &self.swarm_id)
            .field("resource_uri", &self.resource_uri)
            .field("name", &self.name)
            .field("nickname", &self.nickname)
            .field("namespace", &self.namespace)
            .field("state", &self.state)
            .field("version", &self.version)
            .field("public_endpoint", &self.public_endpoint)
            .field("internal_endpoint", &self.internal_endpoint)
            .field("client_id", &self.client_id)
            .field("client_secret", &cloudsdk_runtime::Redacted(&self.client_secret))
            .finish()
    }
}
#[cfg(feature = "swarms")]
impl serde::Serialize for Swarm {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.name.is_some() as usize;
        len += self.nickname.is_some() as usize;
        len += self.namespace.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.version.is_some() as usize;
        len += self.public_endpoint.is_some() as usize;
        len += self.internal_endpoint.is_some() as usize;
        len += self.client_id.is_some() as usize;
        len += self.client_secret.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Swarm", len);
        s.field("swarm_id", &self.swarm_id);
        s.field("resource_uri", &self.resource_uri);
        s.optional("name", &self.name);
        s.optional("nickname", &self.nickname);
        s.optional("namespace", &self.namespace);
        s.optional("state", &self.state);
        s.optional("version", &self.version);
        s.optional("public_endpoint", &self.public_endpoint);
        s.optional("internal_endpoint", &self.internal_endpoint);
        s.optional("client_id", &self.client_id);
        s.optional("client_secret", &self.client_secret);
        s.end()
    }
}
#[cfg(feature = "swarms")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Swarm {
    const NAME: &'static str = "Swarm";
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
                "swarm_id",
                "resource_uri",
                "name",
                "nickname",
                "namespace",
                "state",
                "version",
                "public_endpoint",
                "internal_endpoint",
                "client_id",
                "client_secret",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
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
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("swarm_id");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("resource_uri");
        };
        ::std::result::Result::Ok(Self {
            swarm_id: v0,
            resource_uri: v1,
            name: v2,
            nickname: v3,
            namespace: v4,
            state: v5,
            version: v6,
            public_endpoint: v7,
            internal_endpoint: v8,
            client_id: v9,
            client_secret: v10,
        })
    }
}
#[cfg(feature = "swarms")]
impl<'de> serde::Deserialize<'de> for Swarm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "swarms")]
impl Swarm {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        swarm_id: impl ::std::convert::Into<::std::string::String>,
        resource_uri: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            swarm_id: swarm_id.into(),
            resource_uri: resource_uri.into(),
            name: ::std::option::Option::None,
            nickname: ::std::option::Option::None,
            namespace: ::std::option::Option::None,
            state: ::std::option::Option::None,
            version: ::std::option::Option::None,
            public_endpoint: ::std::option::Option::None,
            internal_endpoint: ::std::option::Option::None,
            client_id: ::std::option::Option::None,
            client_secret: ::std::option::Option::None,
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
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`namespace`](Self::namespace).
    pub fn with_namespace(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.namespace = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
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
    /// Sets [`public_endpoint`](Self::public_endpoint).
    pub fn with_public_endpoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_endpoint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`internal_endpoint`](Self::internal_endpoint).
    pub fn with_internal_endpoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internal_endpoint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`client_id`](Self::client_id).
    pub fn with_client_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_id = ::std::option::Option::Some(value.into());
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
}
/// Definition of a new swarm; provider and region come from the URL.
#[cfg(feature = "swarms")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SwarmCreate {
    /// Swarm name.
    pub name: ::std::string::String,
    /// Number of manager nodes.
    pub number_of_managers: i64,
    /// Number of worker nodes.
    pub number_of_workers: i64,
    /// Machine size of the managers.
    pub manager_instance_type: ::std::option::Option<::std::string::String>,
    /// Machine size of the workers.
    pub worker_instance_type: ::std::option::Option<::std::string::String>,
    /// Public SSH key installed on the nodes.
    pub ssh_key: ::std::string::String,
}
#[cfg(feature = "swarms")]
impl serde::Serialize for SwarmCreate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 4;
        len += self.manager_instance_type.is_some() as usize;
        len += self.worker_instance_type.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "SwarmCreate", len);
        s.field("name", &self.name);
        s.field("number_of_managers", &self.number_of_managers);
        s.field("number_of_workers", &self.number_of_workers);
        s.optional("manager_instance_type", &self.manager_instance_type);
        s.optional("worker_instance_type", &self.worker_instance_type);
        s.field("ssh_key", &self.ssh_key);
        s.end()
    }
}
#[cfg(feature = "swarms")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SwarmCreate {
    const NAME: &'static str = "SwarmCreate";
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
                "name",
                "number_of_managers",
                "number_of_workers",
                "manager_instance_type",
                "worker_instance_type",
                "ssh_key",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("number_of_managers");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("number_of_workers");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("ssh_key");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            number_of_managers: v1,
            number_of_workers: v2,
            manager_instance_type: v3,
            worker_instance_type: v4,
            ssh_key: v5,
        })
    }
}
#[cfg(feature = "swarms")]
impl<'de> serde::Deserialize<'de> for SwarmCreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "swarms")]
impl SwarmCreate {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        number_of_managers: i64,
        number_of_workers: i64,
        ssh_key: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            number_of_managers,
            number_of_workers,
            manager_instance_type: ::std::option::Option::None,
            worker_instance_type: ::std::option::Option::None,
            ssh_key: ssh_key.into(),
        }
    }
    /// Sets [`manager_instance_type`](Self::manager_instance_type).
    pub fn with_manager_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.manager_instance_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`worker_instance_type`](Self::worker_instance_type).
    pub fn with_worker_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.worker_instance_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// Changes to a swarm.
#[cfg(feature = "swarms")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SwarmUpdate {
    /// Display name.
    pub nickname: ::std::option::Option<::std::string::String>,
    /// Internal address of the swarm managers.
    pub internal_endpoint: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "swarms")]
impl serde::Serialize for SwarmUpdate {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.nickname.is_some() as usize;
        len += self.internal_endpoint.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "SwarmUpdate", len);
        s.optional("nickname", &self.nickname);
        s.optional("internal_endpoint", &self.internal_endpoint);
        s.end()
    }
}
#[cfg(feature = "swarms")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SwarmUpdate {
    const NAME: &'static str = "SwarmUpdate";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["nickname", "internal_endpoint"],
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
            nickname: v0,
            internal_endpoint: v1,
        })
    }
}
#[cfg(feature = "swarms")]
impl<'de> serde::Deserialize<'de> for SwarmUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "swarms")]
impl SwarmUpdate {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            nickname: ::std::option::Option::None,
            internal_endpoint: ::std::option::Option::None,
        }
    }
    /// Sets [`nickname`](Self::nickname).
    pub fn with_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`internal_endpoint`](Self::internal_endpoint).
    pub fn with_internal_endpoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internal_endpoint = ::std::option::Option::Some(value.into());
        self
    }
}
/// Kind of object an event is about; `error` reports a stream problem and `auth` acknowledges the handshake.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
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
    Error,
    /// `auth`
    Auth,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "events")]
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
            Self::Error => "error",
            Self::Auth => "auth",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "events")]
impl ::std::convert::From<::std::string::String> for EventType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "stack" => Self::Stack,
            "service" => Self::Service,
            "container" => Self::Container,
            "nodecluster" => Self::Nodecluster,
            "node" => Self::Node,
            "action" => Self::Action,
            "error" => Self::Error,
            "auth" => Self::Auth,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "events")]
impl std::fmt::Display for EventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "events")]
impl serde::Serialize for EventType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for EventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "events")]
impl ::std::cmp::Eq for EventType {}
#[cfg(feature = "events")]
impl ::std::cmp::PartialOrd for EventType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "events")]
impl ::std::hash::Hash for EventType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// What happened to the object.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum EventAction {
    /// `create`
    Create,
    /// `update`
    Update,
    /// `delete`
    Delete,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "events")]
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
#[cfg(feature = "events")]
impl ::std::convert::From<::std::string::String> for EventAction {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "create" => Self::Create,
            "update" => Self::Update,
            "delete" => Self::Delete,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "events")]
impl std::fmt::Display for EventAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "events")]
impl serde::Serialize for EventAction {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for EventAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "events")]
impl ::std::cmp::Eq for EventAction {}
#[cfg(feature = "events")]
impl ::std::cmp::PartialOrd for EventAction {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "events")]
impl ::std::hash::Hash for EventAction {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// Extra payload of an event; on `error` events it carries the message.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EventData {
    /// Error code, e.g. `UNAUTHORIZED` when authentication failed.
    pub error_message: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "events")]
impl serde::Serialize for EventData {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.error_message.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "EventData", len);
        s.optional("errorMessage", &self.error_message);
        s.end()
    }
}
#[cfg(feature = "events")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for EventData {
    const NAME: &'static str = "EventData";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["errorMessage"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { error_message: v0 })
    }
}
#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for EventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "events")]
impl EventData {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            error_message: ::std::option::Option::None,
        }
    }
    /// Sets [`error_message`](Self::error_message).
    pub fn with_error_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_message = ::std::option::Option::Some(value.into());
        self
    }
}
/// A change notification from the event stream. Fetch `resource_uri` for the object's details.
#[cfg(feature = "events")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Event {
    /// `type`
    pub type_: EventType,
    /// `action`
    pub action: ::std::option::Option<EventAction>,
    /// Resource URIs of the objects this one belongs to (e.g. a container's service, stack, node and cluster).
    pub parents: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Resource URI of the object.
    pub resource_uri: ::std::option::Option<::std::string::String>,
    /// New state of the object, using that object's own state names.
    pub state: ::std::option::Option<::std::string::String>,
    /// Identifier of the event.
    pub uuid: ::std::option::Option<cloudsdk_runtime::uuid::Uuid>,
    /// When the event happened.
    pub datetime: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `data`
    pub data: ::std::option::Option<EventData>,
}
#[cfg(feature = "events")]
impl serde::Serialize for Event {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.action.is_some() as usize;
        len += self.parents.is_some() as usize;
        len += self.resource_uri.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.uuid.is_some() as usize;
        len += self.datetime.is_some() as usize;
        len += self.data.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Event", len);
        s.field("type", &self.type_);
        s.optional("action", &self.action);
        s.optional("parents", &self.parents);
        s.optional("resource_uri", &self.resource_uri);
        s.optional("state", &self.state);
        s.optional("uuid", &self.uuid);
        s.optional("datetime", &self.datetime);
        s.optional("data", &self.data);
        s.end()
    }
}
#[cfg(feature = "events")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Event {
    const NAME: &'static str = "Event";
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
                "type",
                "action",
                "parents",
                "resource_uri",
                "state",
                "uuid",
                "datetime",
                "data",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("type");
        };
        ::std::result::Result::Ok(Self {
            type_: v0,
            action: v1,
            parents: v2,
            resource_uri: v3,
            state: v4,
            uuid: v5,
            datetime: v6,
            data: v7,
        })
    }
}
#[cfg(feature = "events")]
impl<'de> serde::Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "events")]
impl Event {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(type_: EventType) -> Self {
        Self {
            type_,
            action: ::std::option::Option::None,
            parents: ::std::option::Option::None,
            resource_uri: ::std::option::Option::None,
            state: ::std::option::Option::None,
            uuid: ::std::option::Option::None,
            datetime: ::std::option::Option::None,
            data: ::std::option::Option::None,
        }
    }
    /// Sets [`action`](Self::action).
    pub fn with_action(mut self, value: EventAction) -> Self {
        self.action = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`parents`](Self::parents).
    pub fn with_parents(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.parents = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`resource_uri`](Self::resource_uri).
    pub fn with_resource_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_uri = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`uuid`](Self::uuid).
    pub fn with_uuid(mut self, value: cloudsdk_runtime::uuid::Uuid) -> Self {
        self.uuid = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`datetime`](Self::datetime).
    pub fn with_datetime(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.datetime = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`data`](Self::data).
    pub fn with_data(mut self, value: EventData) -> Self {
        self.data = ::std::option::Option::Some(value);
        self
    }
}
/// Output stream a log line came from.
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum LogStream {
    /// `stdout`
    Stdout,
    /// `stderr`
    Stderr,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
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
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
impl ::std::convert::From<::std::string::String> for LogStream {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "stdout" => Self::Stdout,
            "stderr" => Self::Stderr,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
impl std::fmt::Display for LogStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
impl serde::Serialize for LogStream {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
impl<'de> serde::Deserialize<'de> for LogStream {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
impl ::std::cmp::Eq for LogStream {}
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
impl ::std::cmp::PartialOrd for LogStream {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
impl ::std::hash::Hash for LogStream {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// One line of log output.
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LogLine {
    /// Message kind; `log` for log lines.
    pub type_: ::std::string::String,
    /// The text of the line.
    pub log: ::std::string::String,
    /// When the line was written, in Unix seconds.
    pub timestamp: ::std::option::Option<i64>,
    /// `streamType`
    pub stream_type: ::std::option::Option<LogStream>,
    /// Name of the container that wrote it (service logs only).
    pub source: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
impl serde::Serialize for LogLine {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.timestamp.is_some() as usize;
        len += self.stream_type.is_some() as usize;
        len += self.source.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "LogLine", len);
        s.field("type", &self.type_);
        s.field("log", &self.log);
        s.optional("timestamp", &self.timestamp);
        s.optional("streamType", &self.stream_type);
        s.optional("source", &self.source);
        s.end()
    }
}
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["type", "log", "timestamp", "streamType", "source"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("type");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("log");
        };
        ::std::result::Result::Ok(Self {
            type_: v0,
            log: v1,
            timestamp: v2,
            stream_type: v3,
            source: v4,
        })
    }
}
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
impl<'de> serde::Deserialize<'de> for LogLine {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "actions", feature = "containers", feature = "services"))]
impl LogLine {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        type_: impl ::std::convert::Into<::std::string::String>,
        log: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            type_: type_.into(),
            log: log.into(),
            timestamp: ::std::option::Option::None,
            stream_type: ::std::option::Option::None,
            source: ::std::option::Option::None,
        }
    }
    /// Sets [`timestamp`](Self::timestamp).
    pub fn with_timestamp(mut self, value: i64) -> Self {
        self.timestamp = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`stream_type`](Self::stream_type).
    pub fn with_stream_type(mut self, value: LogStream) -> Self {
        self.stream_type = ::std::option::Option::Some(value);
        self
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
/// A frame of output from an interactive command; `output` equal to `EOF` marks the end.
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecOutput {
    /// Message kind.
    pub type_: ::std::option::Option<::std::string::String>,
    /// Text written by the command.
    pub output: ::std::option::Option<::std::string::String>,
    /// `streamType`
    pub stream_type: ::std::option::Option<LogStream>,
}
#[cfg(feature = "containers")]
impl serde::Serialize for ExecOutput {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.type_.is_some() as usize;
        len += self.output.is_some() as usize;
        len += self.stream_type.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ExecOutput", len);
        s.optional("type", &self.type_);
        s.optional("output", &self.output);
        s.optional("streamType", &self.stream_type);
        s.end()
    }
}
#[cfg(feature = "containers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExecOutput {
    const NAME: &'static str = "ExecOutput";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["type", "output", "streamType"],
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
            output: v1,
            stream_type: v2,
        })
    }
}
#[cfg(feature = "containers")]
impl<'de> serde::Deserialize<'de> for ExecOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "containers")]
impl ExecOutput {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: ::std::option::Option::None,
            output: ::std::option::Option::None,
            stream_type: ::std::option::Option::None,
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
    /// Sets [`output`](Self::output).
    pub fn with_output(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.output = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`stream_type`](Self::stream_type).
    pub fn with_stream_type(mut self, value: LogStream) -> Self {
        self.stream_type = ::std::option::Option::Some(value);
        self
    }
}
/// Text sent to the command's standard input, one text frame at a time.
#[cfg(feature = "containers")]
pub type ExecInput = ::std::string::String;
/// A message from a node's event stream.
#[cfg(feature = "nodes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NodeEvent {
    /// Message kind.
    pub type_: ::std::option::Option<::std::string::String>,
    /// Text of the event.
    pub log: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "nodes")]
impl serde::Serialize for NodeEvent {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.type_.is_some() as usize;
        len += self.log.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NodeEvent", len);
        s.optional("type", &self.type_);
        s.optional("log", &self.log);
        s.end()
    }
}
#[cfg(feature = "nodes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NodeEvent {
    const NAME: &'static str = "NodeEvent";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["type", "log"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { type_: v0, log: v1 })
    }
}
#[cfg(feature = "nodes")]
impl<'de> serde::Deserialize<'de> for NodeEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "nodes")]
impl NodeEvent {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: ::std::option::Option::None,
            log: ::std::option::Option::None,
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
    /// Sets [`log`](Self::log).
    pub fn with_log(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log = ::std::option::Option::Some(value.into());
        self
    }
}
/// One page of actions.
#[cfg(feature = "actions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActionList {
    /// `meta`
    pub meta: ListMeta,
    /// The actions on this page.
    pub objects: ::std::vec::Vec<Action>,
}
#[cfg(feature = "actions")]
impl serde::Serialize for ActionList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ActionList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "actions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ActionList {
    const NAME: &'static str = "ActionList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "actions")]
impl<'de> serde::Deserialize<'de> for ActionList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "actions")]
impl ActionList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<Action>) -> Self {
        Self { meta, objects }
    }
}
/// One page of providers.
#[cfg(feature = "providers")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ProviderList {
    /// `meta`
    pub meta: ListMeta,
    /// The providers on this page.
    pub objects: ::std::vec::Vec<Provider>,
}
#[cfg(feature = "providers")]
impl serde::Serialize for ProviderList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ProviderList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "providers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ProviderList {
    const NAME: &'static str = "ProviderList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "providers")]
impl<'de> serde::Deserialize<'de> for ProviderList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "providers")]
impl ProviderList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<Provider>) -> Self {
        Self { meta, objects }
    }
}
/// One page of regions.
#[cfg(feature = "regions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RegionList {
    /// `meta`
    pub meta: ListMeta,
    /// The regions on this page.
    pub objects: ::std::vec::Vec<Region>,
}
#[cfg(feature = "regions")]
impl serde::Serialize for RegionList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "RegionList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "regions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RegionList {
    const NAME: &'static str = "RegionList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "regions")]
impl<'de> serde::Deserialize<'de> for RegionList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "regions")]
impl RegionList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<Region>) -> Self {
        Self { meta, objects }
    }
}
/// One page of availability zones.
#[cfg(feature = "availability-zones")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AvailabilityZoneList {
    /// `meta`
    pub meta: ListMeta,
    /// The availability zones on this page.
    pub objects: ::std::vec::Vec<AvailabilityZone>,
}
#[cfg(feature = "availability-zones")]
impl serde::Serialize for AvailabilityZoneList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AvailabilityZoneList",
            2,
        );
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "availability-zones")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AvailabilityZoneList {
    const NAME: &'static str = "AvailabilityZoneList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "availability-zones")]
impl<'de> serde::Deserialize<'de> for AvailabilityZoneList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "availability-zones")]
impl AvailabilityZoneList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<AvailabilityZone>) -> Self {
        Self { meta, objects }
    }
}
/// One page of node types.
#[cfg(feature = "node-types")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NodeTypeList {
    /// `meta`
    pub meta: ListMeta,
    /// The node types on this page.
    pub objects: ::std::vec::Vec<NodeType>,
}
#[cfg(feature = "node-types")]
impl serde::Serialize for NodeTypeList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NodeTypeList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "node-types")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NodeTypeList {
    const NAME: &'static str = "NodeTypeList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "node-types")]
impl<'de> serde::Deserialize<'de> for NodeTypeList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "node-types")]
impl NodeTypeList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<NodeType>) -> Self {
        Self { meta, objects }
    }
}
/// One page of node clusters.
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NodeClusterList {
    /// `meta`
    pub meta: ListMeta,
    /// The node clusters on this page.
    pub objects: ::std::vec::Vec<NodeCluster>,
}
#[cfg(feature = "node-clusters")]
impl serde::Serialize for NodeClusterList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NodeClusterList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NodeClusterList {
    const NAME: &'static str = "NodeClusterList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "node-clusters")]
impl<'de> serde::Deserialize<'de> for NodeClusterList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "node-clusters")]
impl NodeClusterList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<NodeCluster>) -> Self {
        Self { meta, objects }
    }
}
/// One page of nodes.
#[cfg(feature = "nodes")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NodeList {
    /// `meta`
    pub meta: ListMeta,
    /// The nodes on this page.
    pub objects: ::std::vec::Vec<Node>,
}
#[cfg(feature = "nodes")]
impl serde::Serialize for NodeList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NodeList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "nodes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NodeList {
    const NAME: &'static str = "NodeList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "nodes")]
impl<'de> serde::Deserialize<'de> for NodeList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "nodes")]
impl NodeList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<Node>) -> Self {
        Self { meta, objects }
    }
}
/// One page of node tags.
#[cfg(feature = "node-tags")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NodeTagList {
    /// `meta`
    pub meta: ListMeta,
    /// The node tags on this page.
    pub objects: ::std::vec::Vec<NodeTag>,
}
#[cfg(feature = "node-tags")]
impl serde::Serialize for NodeTagList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NodeTagList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "node-tags")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NodeTagList {
    const NAME: &'static str = "NodeTagList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "node-tags")]
impl<'de> serde::Deserialize<'de> for NodeTagList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "node-tags")]
impl NodeTagList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<NodeTag>) -> Self {
        Self { meta, objects }
    }
}
/// One page of registries.
#[cfg(feature = "registries")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RegistryList {
    /// `meta`
    pub meta: ListMeta,
    /// The registries on this page.
    pub objects: ::std::vec::Vec<Registry>,
}
#[cfg(feature = "registries")]
impl serde::Serialize for RegistryList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "RegistryList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "registries")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RegistryList {
    const NAME: &'static str = "RegistryList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "registries")]
impl<'de> serde::Deserialize<'de> for RegistryList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "registries")]
impl RegistryList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<Registry>) -> Self {
        Self { meta, objects }
    }
}
/// One page of repositories.
#[cfg(feature = "repositories")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RepositoryList {
    /// `meta`
    pub meta: ListMeta,
    /// The repositories on this page.
    pub objects: ::std::vec::Vec<Repository>,
}
#[cfg(feature = "repositories")]
impl serde::Serialize for RepositoryList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "RepositoryList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "repositories")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RepositoryList {
    const NAME: &'static str = "RepositoryList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "repositories")]
impl<'de> serde::Deserialize<'de> for RepositoryList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "repositories")]
impl RepositoryList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<Repository>) -> Self {
        Self { meta, objects }
    }
}
/// One page of stacks.
#[cfg(feature = "stacks")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StackList {
    /// `meta`
    pub meta: ListMeta,
    /// The stacks on this page.
    pub objects: ::std::vec::Vec<Stack>,
}
#[cfg(feature = "stacks")]
impl serde::Serialize for StackList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "StackList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "stacks")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for StackList {
    const NAME: &'static str = "StackList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "stacks")]
impl<'de> serde::Deserialize<'de> for StackList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "stacks")]
impl StackList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<Stack>) -> Self {
        Self { meta, objects }
    }
}
/// One page of services.
#[cfg(feature = "services")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ServiceList {
    /// `meta`
    pub meta: ListMeta,
    /// The services on this page.
    pub objects: ::std::vec::Vec<Service>,
}
#[cfg(feature = "services")]
impl serde::Serialize for ServiceList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ServiceList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "services")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ServiceList {
    const NAME: &'static str = "ServiceList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "services")]
impl<'de> serde::Deserialize<'de> for ServiceList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "services")]
impl ServiceList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<Service>) -> Self {
        Self { meta, objects }
    }
}
/// One page of containers.
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContainerList {
    /// `meta`
    pub meta: ListMeta,
    /// The containers on this page.
    pub objects: ::std::vec::Vec<Container>,
}
#[cfg(feature = "containers")]
impl serde::Serialize for ContainerList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ContainerList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "containers")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ContainerList {
    const NAME: &'static str = "ContainerList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "containers")]
impl<'de> serde::Deserialize<'de> for ContainerList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "containers")]
impl ContainerList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<Container>) -> Self {
        Self { meta, objects }
    }
}
/// One page of swarms.
#[cfg(feature = "swarms")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SwarmList {
    /// `meta`
    pub meta: ListMeta,
    /// The swarms on this page.
    pub objects: ::std::vec::Vec<Swarm>,
}
#[cfg(feature = "swarms")]
impl serde::Serialize for SwarmList {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "SwarmList", 2);
        s.field("meta", &self.meta);
        s.field("objects", &self.objects);
        s.end()
    }
}
#[cfg(feature = "swarms")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SwarmList {
    const NAME: &'static str = "SwarmList";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["meta", "objects"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("meta");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("objects");
        };
        ::std::result::Result::Ok(Self { meta: v0, objects: v1 })
    }
}
#[cfg(feature = "swarms")]
impl<'de> serde::Deserialize<'de> for SwarmList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "swarms")]
impl SwarmList {
    /// Builds one from its fields.
    pub fn new(meta: ListMeta, objects: ::std::vec::Vec<Swarm>) -> Self {
        Self { meta, objects }
    }
}
/// What a successful `terminateNodeCluster` returns, by status.
#[cfg(feature = "node-clusters")]
#[derive(Debug, Clone, PartialEq)]
pub enum TerminateNodeClusterResponse {
    /// Status 202.
    Status202(NodeCluster),
    /// Status 204.
    Status204(()),
}
/// What a successful `terminateNode` returns, by status.
#[cfg(feature = "nodes")]
#[derive(Debug, Clone, PartialEq)]
pub enum TerminateNodeResponse {
    /// Status 202.
    Status202(Node),
    /// Status 204.
    Status204(()),
}
/// What a successful `terminateStack` returns, by status.
#[cfg(feature = "stacks")]
#[derive(Debug, Clone, PartialEq)]
pub enum TerminateStackResponse {
    /// Status 202.
    Status202(Stack),
    /// Status 204.
    Status204(()),
}
/// What a successful `terminateService` returns, by status.
#[cfg(feature = "services")]
#[derive(Debug, Clone, PartialEq)]
pub enum TerminateServiceResponse {
    /// Status 202.
    Status202(Service),
    /// Status 204.
    Status204(()),
}
/// What a successful `terminateContainer` returns, by status.
#[cfg(feature = "containers")]
#[derive(Debug, Clone, PartialEq)]
pub enum TerminateContainerResponse {
    /// Status 202.
    Status202(Container),
    /// Status 204.
    Status204(()),
}
/// What a successful `deleteSwarm` returns, by status.
#[cfg(feature = "swarms")]
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteSwarmResponse {
    /// Status 202.
    Status202(Swarm),
    /// Status 204.
    Status204(()),
}
