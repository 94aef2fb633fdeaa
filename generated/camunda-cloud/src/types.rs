//! Types of the API's request and response bodies.
#![allow(clippy::derivable_impls, clippy::large_enum_variant)]
/// A reference to a catalogue entry (plan type, region, channel, generation) by UUID and display name.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NamedUuid {
    /// `uuid`
    ///
    /// Set by the server; ignored in requests.
    pub uuid: ::std::string::String,
    /// `name`
    pub name: ::std::string::String,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for NamedUuid {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NamedUuid", 2);
        s.field("uuid", &self.uuid);
        s.field("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NamedUuid {
    const NAME: &'static str = "NamedUuid";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["uuid", "name"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self { uuid: v0, name: v1 })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for NamedUuid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl NamedUuid {
    /// Builds one from its fields.
    pub fn new(
        uuid: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            uuid: uuid.into(),
            name: name.into(),
        }
    }
}
/// An object identified by ID, with its display name.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NamedId {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::string::String,
    /// `name`
    pub name: ::std::string::String,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for NamedId {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NamedId", 2);
        s.field("id", &self.id);
        s.field("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NamedId {
    const NAME: &'static str = "NamedId";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "name"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self { id: v0, name: v1 })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for NamedId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl NamedId {
    /// Builds one from its fields.
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
        }
    }
}
/// A Camunda 8 cluster owned by the organization. `planType` is its hardware plan, `region` the data center hosting it, `backupRegion` (only on plans that offer it) where its backups are kept, `generation` the Camunda version it runs and `channel` the release channel it follows for upgrades.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Cluster {
    /// Identifier used by every other cluster operation.
    ///
    /// Set by the server; ignored in requests.
    pub uuid: cloudsdk_runtime::uuid::Uuid,
    /// `name`
    pub name: ::std::string::String,
    /// The user who owns the cluster.
    ///
    /// Set by the server; ignored in requests.
    pub owner_id: ::std::string::String,
    /// `created`
    ///
    /// Set by the server; ignored in requests.
    pub created: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    /// `planType`
    pub plan_type: NamedUuid,
    /// `region`
    pub region: NamedUuid,
    /// `backupRegion`
    pub backup_region: ::std::option::Option<NamedUuid>,
    /// `generation`
    pub generation: NamedUuid,
    /// `channel`
    pub channel: NamedUuid,
    /// Whether Camunda upgrades the cluster automatically when a new version is released. Ignored for clusters on a non-stable channel.
    pub auto_update: bool,
    /// `labels`
    pub labels: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `status`
    pub status: ClusterHealth,
    /// `links`
    pub links: ClusterLinks,
    /// Network rules of the cluster. Present only when the organization has the feature and the API client may read it.
    pub ipallowlist: ::std::option::Option<::std::vec::Vec<IpAllowlistEntry>>,
    /// Earlier name of `ipallowlist`, scheduled for removal; read `ipallowlist` instead.
    ///
    /// **Deprecated** by the API.
    pub ipwhitelist: ::std::option::Option<::std::vec::Vec<IpAllowlistEntry>>,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for Cluster {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 11;
        len += self.backup_region.is_some() as usize;
        len += self.labels.is_some() as usize;
        len += self.ipallowlist.is_some() as usize;
        len += self.ipwhitelist.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Cluster", len);
        s.field("uuid", &self.uuid);
        s.field("name", &self.name);
        s.field("ownerId", &self.owner_id);
        s.field("created", &self.created);
        s.field("planType", &self.plan_type);
        s.field("region", &self.region);
        s.optional("backupRegion", &self.backup_region);
        s.field("generation", &self.generation);
        s.field("channel", &self.channel);
        s.field("autoUpdate", &self.auto_update);
        s.optional("labels", &self.labels);
        s.field("status", &self.status);
        s.field("links", &self.links);
        s.optional("ipallowlist", &self.ipallowlist);
        s.optional("ipwhitelist", &self.ipwhitelist);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Cluster {
    const NAME: &'static str = "Cluster";
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
                "name",
                "ownerId",
                "created",
                "planType",
                "region",
                "backupRegion",
                "generation",
                "channel",
                "autoUpdate",
                "labels",
                "status",
                "links",
                "ipallowlist",
                "ipwhitelist",
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
                7 => f.value(&mut v7),
                8 => f.value(&mut v8),
                9 => f.value(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.value(&mut v11),
                12 => f.value(&mut v12),
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
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("ownerId");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("created");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("planType");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("region");
        };
        let ::std::option::Option::Some(v7) = v7 else {
            return cloudsdk_runtime::de::missing("generation");
        };
        let ::std::option::Option::Some(v8) = v8 else {
            return cloudsdk_runtime::de::missing("channel");
        };
        let ::std::option::Option::Some(v9) = v9 else {
            return cloudsdk_runtime::de::missing("autoUpdate");
        };
        let ::std::option::Option::Some(v11) = v11 else {
            return cloudsdk_runtime::de::missing("status");
        };
        let ::std::option::Option::Some(v12) = v12 else {
            return cloudsdk_runtime::de::missing("links");
        };
        ::std::result::Result::Ok(Self {
            uuid: v0,
            name: v1,
            owner_id: v2,
            created: v3,
            plan_type: v4,
            region: v5,
            backup_region: v6,
            generation: v7,
            channel: v8,
            auto_update: v9,
            labels: v10,
            status: v11,
            links: v12,
            ipallowlist: v13,
            ipwhitelist: v14,
        })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for Cluster {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl Cluster {
    /// Builds one from its required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        uuid: cloudsdk_runtime::uuid::Uuid,
        name: impl ::std::convert::Into<::std::string::String>,
        owner_id: impl ::std::convert::Into<::std::string::String>,
        created: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
        plan_type: NamedUuid,
        region: NamedUuid,
        generation: NamedUuid,
        channel: NamedUuid,
        auto_update: bool,
        status: ClusterHealth,
        links: ClusterLinks,
    ) -> Self {
        Self {
            uuid,
            name: name.into(),
            owner_id: owner_id.into(),
            created,
            plan_type,
            region,
            backup_region: ::std::option::Option::None,
            generation,
            channel,
            auto_update,
            labels: ::std::option::Option::None,
            status,
            links,
            ipallowlist: ::std::option::Option::None,
            ipwhitelist: ::std::option::Option::None,
        }
    }
    /// Sets [`backup_region`](Self::backup_region).
    pub fn with_backup_region(mut self, value: NamedUuid) -> Self {
        self.backup_region = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`labels`](Self::labels).
    pub fn with_labels(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.labels = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`ipallowlist`](Self::ipallowlist).
    pub fn with_ipallowlist(mut self, value: ::std::vec::Vec<IpAllowlistEntry>) -> Self {
        self.ipallowlist = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`ipwhitelist`](Self::ipwhitelist).
    pub fn with_ipwhitelist(mut self, value: ::std::vec::Vec<IpAllowlistEntry>) -> Self {
        self.ipwhitelist = ::std::option::Option::Some(value);
        self
    }
}
/// Health of each cluster component; `ready` combines them.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClusterHealth {
    /// `ready`
    pub ready: HealthStatus,
    /// `zeebeStatus`
    pub zeebe_status: ::std::option::Option<HealthStatus>,
    /// `operateStatus`
    pub operate_status: ::std::option::Option<HealthStatus>,
    /// `tasklistStatus`
    pub tasklist_status: ::std::option::Option<HealthStatus>,
    /// `optimizeStatus`
    pub optimize_status: ::std::option::Option<HealthStatus>,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for ClusterHealth {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.zeebe_status.is_some() as usize;
        len += self.operate_status.is_some() as usize;
        len += self.tasklist_status.is_some() as usize;
        len += self.optimize_status.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ClusterHealth", len);
        s.field("ready", &self.ready);
        s.optional("zeebeStatus", &self.zeebe_status);
        s.optional("operateStatus", &self.operate_status);
        s.optional("tasklistStatus", &self.tasklist_status);
        s.optional("optimizeStatus", &self.optimize_status);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ClusterHealth {
    const NAME: &'static str = "ClusterHealth";
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
            &[
                "ready",
                "zeebeStatus",
                "operateStatus",
                "tasklistStatus",
                "optimizeStatus",
            ],
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
            return cloudsdk_runtime::de::missing("ready");
        };
        ::std::result::Result::Ok(Self {
            ready: v0,
            zeebe_status: v1,
            operate_status: v2,
            tasklist_status: v3,
            optimize_status: v4,
        })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for ClusterHealth {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl ClusterHealth {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(ready: HealthStatus) -> Self {
        Self {
            ready,
            zeebe_status: ::std::option::Option::None,
            operate_status: ::std::option::Option::None,
            tasklist_status: ::std::option::Option::None,
            optimize_status: ::std::option::Option::None,
        }
    }
    /// Sets [`zeebe_status`](Self::zeebe_status).
    pub fn with_zeebe_status(mut self, value: HealthStatus) -> Self {
        self.zeebe_status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`operate_status`](Self::operate_status).
    pub fn with_operate_status(mut self, value: HealthStatus) -> Self {
        self.operate_status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tasklist_status`](Self::tasklist_status).
    pub fn with_tasklist_status(mut self, value: HealthStatus) -> Self {
        self.tasklist_status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`optimize_status`](Self::optimize_status).
    pub fn with_optimize_status(mut self, value: HealthStatus) -> Self {
        self.optimize_status = ::std::option::Option::Some(value);
        self
    }
}
/// State of a cluster or one of its components.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum HealthStatus {
    /// `Creating`
    Creating,
    /// `Healthy`
    Healthy,
    /// `Unhealthy`
    Unhealthy,
    /// `Updating`
    Updating,
    /// `Resuming`
    Resuming,
    /// `Suspended`
    Suspended,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "clusters")]
impl HealthStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "Creating",
            Self::Healthy => "Healthy",
            Self::Unhealthy => "Unhealthy",
            Self::Updating => "Updating",
            Self::Resuming => "Resuming",
            Self::Suspended => "Suspended",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "clusters")]
impl ::std::convert::From<::std::string::String> for HealthStatus {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "Creating" => Self::Creating,
            "Healthy" => Self::Healthy,
            "Unhealthy" => Self::Unhealthy,
            "Updating" => Self::Updating,
            "Resuming" => Self::Resuming,
            "Suspended" => Self::Suspended,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "clusters")]
impl std::fmt::Display for HealthStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "clusters")]
impl serde::Serialize for HealthStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for HealthStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "clusters")]
impl ::std::cmp::Eq for HealthStatus {}
#[cfg(feature = "clusters")]
impl ::std::cmp::PartialOrd for HealthStatus {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "clusters")]
impl ::std::hash::Hash for HealthStatus {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// URLs of the components running in a cluster.
#[cfg(any(feature = "clusters", feature = "zeebe-clients"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ClusterLinks {
    /// `zeebe`
    pub zeebe: ::std::option::Option<::std::string::String>,
    /// `operate`
    pub operate: ::std::option::Option<::std::string::String>,
    /// `tasklist`
    pub tasklist: ::std::option::Option<::std::string::String>,
    /// `optimize`
    pub optimize: ::std::option::Option<::std::string::String>,
    /// `console`
    pub console: ::std::option::Option<::std::string::String>,
    /// `identity`
    pub identity: ::std::option::Option<::std::string::String>,
    /// `connectors`
    pub connectors: ::std::option::Option<::std::string::String>,
    /// `oauth`
    pub oauth: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "clusters", feature = "zeebe-clients"))]
impl serde::Serialize for ClusterLinks {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.zeebe.is_some() as usize;
        len += self.operate.is_some() as usize;
        len += self.tasklist.is_some() as usize;
        len += self.optimize.is_some() as usize;
        len += self.console.is_some() as usize;
        len += self.identity.is_some() as usize;
        len += self.connectors.is_some() as usize;
        len += self.oauth.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ClusterLinks", len);
        s.optional("zeebe", &self.zeebe);
        s.optional("operate", &self.operate);
        s.optional("tasklist", &self.tasklist);
        s.optional("optimize", &self.optimize);
        s.optional("console", &self.console);
        s.optional("identity", &self.identity);
        s.optional("connectors", &self.connectors);
        s.optional("oauth", &self.oauth);
        s.end()
    }
}
#[cfg(any(feature = "clusters", feature = "zeebe-clients"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ClusterLinks {
    const NAME: &'static str = "ClusterLinks";
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
                "zeebe",
                "operate",
                "tasklist",
                "optimize",
                "console",
                "identity",
                "connectors",
                "oauth",
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
            zeebe: v0,
            operate: v1,
            tasklist: v2,
            optimize: v3,
            console: v4,
            identity: v5,
            connectors: v6,
            oauth: v7,
        })
    }
}
#[cfg(any(feature = "clusters", feature = "zeebe-clients"))]
impl<'de> serde::Deserialize<'de> for ClusterLinks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "clusters", feature = "zeebe-clients"))]
impl ClusterLinks {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            zeebe: ::std::option::Option::None,
            operate: ::std::option::Option::None,
            tasklist: ::std::option::Option::None,
            optimize: ::std::option::Option::None,
            console: ::std::option::Option::None,
            identity: ::std::option::Option::None,
            connectors: ::std::option::Option::None,
            oauth: ::std::option::Option::None,
        }
    }
    /// Sets [`zeebe`](Self::zeebe).
    pub fn with_zeebe(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zeebe = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`operate`](Self::operate).
    pub fn with_operate(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tasklist`](Self::tasklist).
    pub fn with_tasklist(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tasklist = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`optimize`](Self::optimize).
    pub fn with_optimize(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.optimize = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`console`](Self::console).
    pub fn with_console(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.console = ::std::option::Option::Some(value.into());
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
    /// Sets [`connectors`](Self::connectors).
    pub fn with_connectors(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.connectors = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`oauth`](Self::oauth).
    pub fn with_oauth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.oauth = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `IpAllowlistEntry` schema.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IpAllowlistEntry {
    /// One or more CIDR ranges, separated by commas.
    pub ip: ::std::string::String,
    /// `description`
    pub description: ::std::string::String,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for IpAllowlistEntry {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "IpAllowlistEntry",
            2,
        );
        s.field("ip", &self.ip);
        s.field("description", &self.description);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for IpAllowlistEntry {
    const NAME: &'static str = "IpAllowlistEntry";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["ip", "description"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("ip");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("description");
        };
        ::std::result::Result::Ok(Self { ip: v0, description: v1 })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for IpAllowlistEntry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl IpAllowlistEntry {
    /// Builds one from its fields.
    pub fn new(
        ip: impl ::std::convert::Into<::std::string::String>,
        description: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            ip: ip.into(),
            description: description.into(),
        }
    }
}
/// Settings for a new cluster. Every identifier comes from the creation parameters.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateClusterRequest {
    /// `name`
    pub name: ::std::string::String,
    /// UUID of the hardware plan type.
    pub plan_type_id: ::std::string::String,
    /// UUID of the release channel.
    pub channel_id: ::std::string::String,
    /// UUID of the software generation; must be allowed on the channel.
    pub generation_id: ::std::string::String,
    /// UUID of the region to host the cluster in.
    pub region_id: ::std::string::String,
    /// UUID of the region for backups; only for plans that offer it.
    pub backup_region_id: ::std::option::Option<::std::string::String>,
    /// Set to false to opt out of automatic upgrades.
    pub auto_update: ::std::option::Option<bool>,
    /// `encryption`
    pub encryption: ::std::option::Option<ClusterEncryption>,
    /// Number of hardware packages to allocate (1 when omitted). Only for advanced plan types, on request.
    pub hardware_packages: ::std::option::Option<f64>,
    /// `stageLabel`
    pub stage_label: ::std::option::Option<ClusterStage>,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for CreateClusterRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 5;
        len += self.backup_region_id.is_some() as usize;
        len += self.auto_update.is_some() as usize;
        len += self.encryption.is_some() as usize;
        len += self.hardware_packages.is_some() as usize;
        len += self.stage_label.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateClusterRequest",
            len,
        );
        s.field("name", &self.name);
        s.field("planTypeId", &self.plan_type_id);
        s.field("channelId", &self.channel_id);
        s.field("generationId", &self.generation_id);
        s.field("regionId", &self.region_id);
        s.optional("backupRegionId", &self.backup_region_id);
        s.optional("autoUpdate", &self.auto_update);
        s.optional("encryption", &self.encryption);
        s.optional("hardwarePackages", &self.hardware_packages);
        s.optional("stageLabel", &self.stage_label);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateClusterRequest {
    const NAME: &'static str = "CreateClusterRequest";
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
                "name",
                "planTypeId",
                "channelId",
                "generationId",
                "regionId",
                "backupRegionId",
                "autoUpdate",
                "encryption",
                "hardwarePackages",
                "stageLabel",
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
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("planTypeId");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("channelId");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("generationId");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("regionId");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            plan_type_id: v1,
            channel_id: v2,
            generation_id: v3,
            region_id: v4,
            backup_region_id: v5,
            auto_update: v6,
            encryption: v7,
            hardware_packages: v8,
            stage_label: v9,
        })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for CreateClusterRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl CreateClusterRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        plan_type_id: impl ::std::convert::Into<::std::string::String>,
        channel_id: impl ::std::convert::Into<::std::string::String>,
        generation_id: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            plan_type_id: plan_type_id.into(),
            channel_id: channel_id.into(),
            generation_id: generation_id.into(),
            region_id: region_id.into(),
            backup_region_id: ::std::option::Option::None,
            auto_update: ::std::option::Option::None,
            encryption: ::std::option::Option::None,
            hardware_packages: ::std::option::Option::None,
            stage_label: ::std::option::Option::None,
        }
    }
    /// Sets [`backup_region_id`](Self::backup_region_id).
    pub fn with_backup_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_region_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`auto_update`](Self::auto_update).
    pub fn with_auto_update(mut self, value: bool) -> Self {
        self.auto_update = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`encryption`](Self::encryption).
    pub fn with_encryption(mut self, value: ClusterEncryption) -> Self {
        self.encryption = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`hardware_packages`](Self::hardware_packages).
    pub fn with_hardware_packages(mut self, value: f64) -> Self {
        self.hardware_packages = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`stage_label`](Self::stage_label).
    pub fn with_stage_label(mut self, value: ClusterStage) -> Self {
        self.stage_label = ::std::option::Option::Some(value);
        self
    }
}
/// The `CreateClusterResponse` schema.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateClusterResponse {
    /// UUID of the cluster that is being created.
    ///
    /// Set by the server; ignored in requests.
    pub cluster_id: cloudsdk_runtime::uuid::Uuid,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for CreateClusterResponse {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateClusterResponse",
            1,
        );
        s.field("clusterId", &self.cluster_id);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateClusterResponse {
    const NAME: &'static str = "CreateClusterResponse";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["clusterId"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("clusterId");
        };
        ::std::result::Result::Ok(Self { cluster_id: v0 })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for CreateClusterResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl CreateClusterResponse {
    /// Builds one from its fields.
    pub fn new(cluster_id: cloudsdk_runtime::uuid::Uuid) -> Self {
        Self { cluster_id }
    }
}
/// Kind of key encrypting the cluster's data; `Provider` when not chosen.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ClusterEncryption {
    /// `Software`
    Software,
    /// `Hardware`
    Hardware,
    /// `Provider`
    Provider,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "clusters")]
impl ClusterEncryption {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Software => "Software",
            Self::Hardware => "Hardware",
            Self::Provider => "Provider",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "clusters")]
impl ::std::convert::From<::std::string::String> for ClusterEncryption {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "Software" => Self::Software,
            "Hardware" => Self::Hardware,
            "Provider" => Self::Provider,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "clusters")]
impl std::fmt::Display for ClusterEncryption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "clusters")]
impl serde::Serialize for ClusterEncryption {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for ClusterEncryption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "clusters")]
impl ::std::cmp::Eq for ClusterEncryption {}
#[cfg(feature = "clusters")]
impl ::std::cmp::PartialOrd for ClusterEncryption {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "clusters")]
impl ::std::hash::Hash for ClusterEncryption {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// Label marking the cluster's role in the delivery pipeline.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ClusterStage {
    /// `dev`
    Dev,
    /// `test`
    Test,
    /// `stage`
    Stage,
    /// `prod`
    Prod,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "clusters")]
impl ClusterStage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dev => "dev",
            Self::Test => "test",
            Self::Stage => "stage",
            Self::Prod => "prod",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "clusters")]
impl ::std::convert::From<::std::string::String> for ClusterStage {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "dev" => Self::Dev,
            "test" => Self::Test,
            "stage" => Self::Stage,
            "prod" => Self::Prod,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "clusters")]
impl std::fmt::Display for ClusterStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "clusters")]
impl serde::Serialize for ClusterStage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for ClusterStage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "clusters")]
impl ::std::cmp::Eq for ClusterStage {}
#[cfg(feature = "clusters")]
impl ::std::cmp::PartialOrd for ClusterStage {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "clusters")]
impl ::std::hash::Hash for ClusterStage {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// Fields to change; omitted fields stay as they are.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateClusterRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// Number of hardware packages to allocate. Only for advanced plan types, on request.
    pub number_of_allocated_hw_packages: ::std::option::Option<f64>,
    /// `stageLabel`
    pub stage_label: ::std::option::Option<ClusterStage>,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for UpdateClusterRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.number_of_allocated_hw_packages.is_some() as usize;
        len += self.stage_label.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateClusterRequest",
            len,
        );
        s.optional("name", &self.name);
        s.optional("numberOfAllocatedHwPackages", &self.number_of_allocated_hw_packages);
        s.optional("stageLabel", &self.stage_label);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateClusterRequest {
    const NAME: &'static str = "UpdateClusterRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "numberOfAllocatedHwPackages", "stageLabel"],
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
            number_of_allocated_hw_packages: v1,
            stage_label: v2,
        })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for UpdateClusterRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl UpdateClusterRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            number_of_allocated_hw_packages: ::std::option::Option::None,
            stage_label: ::std::option::Option::None,
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
    /// Sets [`number_of_allocated_hw_packages`](Self::number_of_allocated_hw_packages).
    pub fn with_number_of_allocated_hw_packages(mut self, value: f64) -> Self {
        self.number_of_allocated_hw_packages = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`stage_label`](Self::stage_label).
    pub fn with_stage_label(mut self, value: ClusterStage) -> Self {
        self.stage_label = ::std::option::Option::Some(value);
        self
    }
}
/// The `UpdateIpAllowlistRequest` schema.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateIpAllowlistRequest {
    /// `ipallowlist`
    pub ipallowlist: ::std::vec::Vec<IpAllowlistEntry>,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for UpdateIpAllowlistRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateIpAllowlistRequest",
            1,
        );
        s.field("ipallowlist", &self.ipallowlist);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateIpAllowlistRequest {
    const NAME: &'static str = "UpdateIpAllowlistRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["ipallowlist"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("ipallowlist");
        };
        ::std::result::Result::Ok(Self { ipallowlist: v0 })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for UpdateIpAllowlistRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl UpdateIpAllowlistRequest {
    /// Builds one from its fields.
    pub fn new(ipallowlist: ::std::vec::Vec<IpAllowlistEntry>) -> Self {
        Self { ipallowlist }
    }
}
/// Body of the deprecated `updateIpWhitelist` operation.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateIpWhitelistRequest {
    /// `ipwhitelist`
    pub ipwhitelist: ::std::vec::Vec<IpAllowlistEntry>,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for UpdateIpWhitelistRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateIpWhitelistRequest",
            1,
        );
        s.field("ipwhitelist", &self.ipwhitelist);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateIpWhitelistRequest {
    const NAME: &'static str = "UpdateIpWhitelistRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["ipwhitelist"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("ipwhitelist");
        };
        ::std::result::Result::Ok(Self { ipwhitelist: v0 })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for UpdateIpWhitelistRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl UpdateIpWhitelistRequest {
    /// Builds one from its fields.
    pub fn new(ipwhitelist: ::std::vec::Vec<IpAllowlistEntry>) -> Self {
        Self { ipwhitelist }
    }
}
/// Everything that can be chosen when creating a cluster.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClusterParameters {
    /// `channels`
    pub channels: ::std::vec::Vec<ChannelOption>,
    /// `clusterPlanTypes`
    pub cluster_plan_types: ::std::vec::Vec<NamedUuid>,
    /// `regions`
    pub regions: ::std::vec::Vec<RegionOption>,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for ClusterParameters {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ClusterParameters",
            3,
        );
        s.field("channels", &self.channels);
        s.field("clusterPlanTypes", &self.cluster_plan_types);
        s.field("regions", &self.regions);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ClusterParameters {
    const NAME: &'static str = "ClusterParameters";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["channels", "clusterPlanTypes", "regions"],
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
            return cloudsdk_runtime::de::missing("channels");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("clusterPlanTypes");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("regions");
        };
        ::std::result::Result::Ok(Self {
            channels: v0,
            cluster_plan_types: v1,
            regions: v2,
        })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for ClusterParameters {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl ClusterParameters {
    /// Builds one from its fields.
    pub fn new(
        channels: ::std::vec::Vec<ChannelOption>,
        cluster_plan_types: ::std::vec::Vec<NamedUuid>,
        regions: ::std::vec::Vec<RegionOption>,
    ) -> Self {
        Self {
            channels,
            cluster_plan_types,
            regions,
        }
    }
}
/// A release channel and the generations that can be installed from it.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ChannelOption {
    /// `uuid`
    pub uuid: ::std::string::String,
    /// `name`
    pub name: ::std::string::String,
    /// `defaultGeneration`
    pub default_generation: NamedUuid,
    /// `allowedGenerations`
    pub allowed_generations: ::std::vec::Vec<NamedUuid>,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for ChannelOption {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ChannelOption", 4);
        s.field("uuid", &self.uuid);
        s.field("name", &self.name);
        s.field("defaultGeneration", &self.default_generation);
        s.field("allowedGenerations", &self.allowed_generations);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ChannelOption {
    const NAME: &'static str = "ChannelOption";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["uuid", "name", "defaultGeneration", "allowedGenerations"],
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
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("defaultGeneration");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("allowedGenerations");
        };
        ::std::result::Result::Ok(Self {
            uuid: v0,
            name: v1,
            default_generation: v2,
            allowed_generations: v3,
        })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for ChannelOption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl ChannelOption {
    /// Builds one from its fields.
    pub fn new(
        uuid: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        default_generation: NamedUuid,
        allowed_generations: ::std::vec::Vec<NamedUuid>,
    ) -> Self {
        Self {
            uuid: uuid.into(),
            name: name.into(),
            default_generation,
            allowed_generations,
        }
    }
}
/// A region clusters can be created in, with the backup locations it supports.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RegionOption {
    /// `uuid`
    pub uuid: ::std::string::String,
    /// `name`
    pub name: ::std::string::String,
    /// The cloud provider operating the region.
    pub provider: ::std::string::String,
    /// `backups`
    pub backups: ::std::option::Option<::std::vec::Vec<BackupRegionGroup>>,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for RegionOption {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.backups.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "RegionOption", len);
        s.field("uuid", &self.uuid);
        s.field("name", &self.name);
        s.field("provider", &self.provider);
        s.optional("backups", &self.backups);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RegionOption {
    const NAME: &'static str = "RegionOption";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["uuid", "name", "provider", "backups"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("provider");
        };
        ::std::result::Result::Ok(Self {
            uuid: v0,
            name: v1,
            provider: v2,
            backups: v3,
        })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for RegionOption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl RegionOption {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        uuid: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        provider: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            uuid: uuid.into(),
            name: name.into(),
            provider: provider.into(),
            backups: ::std::option::Option::None,
        }
    }
    /// Sets [`backups`](Self::backups).
    pub fn with_backups(mut self, value: ::std::vec::Vec<BackupRegionGroup>) -> Self {
        self.backups = ::std::option::Option::Some(value);
        self
    }
}
/// The `BackupRegionGroup` schema.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BackupRegionGroup {
    /// `uuid`
    pub uuid: ::std::string::String,
    /// `regions`
    pub regions: ::std::vec::Vec<BackupRegionOption>,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for BackupRegionGroup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "BackupRegionGroup",
            2,
        );
        s.field("uuid", &self.uuid);
        s.field("regions", &self.regions);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for BackupRegionGroup {
    const NAME: &'static str = "BackupRegionGroup";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["uuid", "regions"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("regions");
        };
        ::std::result::Result::Ok(Self { uuid: v0, regions: v1 })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for BackupRegionGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl BackupRegionGroup {
    /// Builds one from its fields.
    pub fn new(
        uuid: impl ::std::convert::Into<::std::string::String>,
        regions: ::std::vec::Vec<BackupRegionOption>,
    ) -> Self {
        Self { uuid: uuid.into(), regions }
    }
}
/// The `BackupRegionOption` schema.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BackupRegionOption {
    /// `id`
    pub id: ::std::string::String,
    /// `label`
    pub label: ::std::string::String,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for BackupRegionOption {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "BackupRegionOption",
            2,
        );
        s.field("id", &self.id);
        s.field("label", &self.label);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for BackupRegionOption {
    const NAME: &'static str = "BackupRegionOption";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "label"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("label");
        };
        ::std::result::Result::Ok(Self { id: v0, label: v1 })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for BackupRegionOption {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl BackupRegionOption {
    /// Builds one from its fields.
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        label: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: id.into(),
            label: label.into(),
        }
    }
}
/// Outcome of an upgrade request.
#[cfg(feature = "clusters")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClusterUpgrade {
    /// `cluster`
    pub cluster: NamedId,
    /// `oldGeneration`
    pub old_generation: NamedId,
    /// `newGeneration`
    pub new_generation: NamedId,
    /// `orgId`
    ///
    /// Set by the server; ignored in requests.
    pub org_id: ::std::string::String,
}
#[cfg(feature = "clusters")]
impl serde::Serialize for ClusterUpgrade {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ClusterUpgrade", 4);
        s.field("cluster", &self.cluster);
        s.field("oldGeneration", &self.old_generation);
        s.field("newGeneration", &self.new_generation);
        s.field("orgId", &self.org_id);
        s.end()
    }
}
#[cfg(feature = "clusters")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ClusterUpgrade {
    const NAME: &'static str = "ClusterUpgrade";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["cluster", "oldGeneration", "newGeneration", "orgId"],
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
            return cloudsdk_runtime::de::missing("cluster");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("oldGeneration");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("newGeneration");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("orgId");
        };
        ::std::result::Result::Ok(Self {
            cluster: v0,
            old_generation: v1,
            new_generation: v2,
            org_id: v3,
        })
    }
}
#[cfg(feature = "clusters")]
impl<'de> serde::Deserialize<'de> for ClusterUpgrade {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "clusters")]
impl ClusterUpgrade {
    /// Builds one from its fields.
    pub fn new(
        cluster: NamedId,
        old_generation: NamedId,
        new_generation: NamedId,
        org_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            cluster,
            old_generation,
            new_generation,
            org_id: org_id.into(),
        }
    }
}
/// A cluster component a client may access.
#[cfg(feature = "zeebe-clients")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ClientPermission {
    /// `Zeebe`
    Zeebe,
    /// `Operate`
    Operate,
    /// `Tasklist`
    Tasklist,
    /// `Optimize`
    Optimize,
    /// `Secrets`
    Secrets,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "zeebe-clients")]
impl ClientPermission {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Zeebe => "Zeebe",
            Self::Operate => "Operate",
            Self::Tasklist => "Tasklist",
            Self::Optimize => "Optimize",
            Self::Secrets => "Secrets",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "zeebe-clients")]
impl ::std::convert::From<::std::string::String> for ClientPermission {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "Zeebe" => Self::Zeebe,
            "Operate" => Self::Operate,
            "Tasklist" => Self::Tasklist,
            "Optimize" => Self::Optimize,
            "Secrets" => Self::Secrets,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "zeebe-clients")]
impl std::fmt::Display for ClientPermission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "zeebe-clients")]
impl serde::Serialize for ClientPermission {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "zeebe-clients")]
impl<'de> serde::Deserialize<'de> for ClientPermission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "zeebe-clients")]
impl ::std::cmp::Eq for ClientPermission {}
#[cfg(feature = "zeebe-clients")]
impl ::std::cmp::PartialOrd for ClientPermission {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "zeebe-clients")]
impl ::std::hash::Hash for ClientPermission {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// An API client of a cluster, as listed (never includes the secret).
#[cfg(feature = "zeebe-clients")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ZeebeClient {
    /// `name`
    pub name: ::std::string::String,
    /// `clientId`
    ///
    /// Set by the server; ignored in requests.
    pub client_id: ::std::string::String,
    /// `permissions`
    pub permissions: ::std::vec::Vec<ClientPermission>,
}
#[cfg(feature = "zeebe-clients")]
impl serde::Serialize for ZeebeClient {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ZeebeClient", 3);
        s.field("name", &self.name);
        s.field("clientId", &self.client_id);
        s.field("permissions", &self.permissions);
        s.end()
    }
}
#[cfg(feature = "zeebe-clients")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ZeebeClient {
    const NAME: &'static str = "ZeebeClient";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "clientId", "permissions"],
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
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("clientId");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("permissions");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            client_id: v1,
            permissions: v2,
        })
    }
}
#[cfg(feature = "zeebe-clients")]
impl<'de> serde::Deserialize<'de> for ZeebeClient {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "zeebe-clients")]
impl ZeebeClient {
    /// Builds one from its fields.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        client_id: impl ::std::convert::Into<::std::string::String>,
        permissions: ::std::vec::Vec<ClientPermission>,
    ) -> Self {
        Self {
            name: name.into(),
            client_id: client_id.into(),
            permissions,
        }
    }
}
/// Settings an application uses to connect to the cluster with one client.
#[cfg(feature = "zeebe-clients")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ZeebeClientConnection {
    /// `name`
    pub name: ::std::string::String,
    /// gRPC address of the cluster's Zeebe gateway.
    pub zeebe_address: ::std::string::String,
    /// `ZEEBE_CLIENT_ID`
    pub zeebe_client_id: ::std::string::String,
    /// Where the client exchanges its credentials for a token.
    pub zeebe_authorization_server_url: ::std::string::String,
}
#[cfg(feature = "zeebe-clients")]
impl serde::Serialize for ZeebeClientConnection {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ZeebeClientConnection",
            4,
        );
        s.field("name", &self.name);
        s.field("ZEEBE_ADDRESS", &self.zeebe_address);
        s.field("ZEEBE_CLIENT_ID", &self.zeebe_client_id);
        s.field("ZEEBE_AUTHORIZATION_SERVER_URL", &self.zeebe_authorization_server_url);
        s.end()
    }
}
#[cfg(feature = "zeebe-clients")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ZeebeClientConnection {
    const NAME: &'static str = "ZeebeClientConnection";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "name",
                "ZEEBE_ADDRESS",
                "ZEEBE_CLIENT_ID",
                "ZEEBE_AUTHORIZATION_SERVER_URL",
            ],
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
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("ZEEBE_ADDRESS");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("ZEEBE_CLIENT_ID");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("ZEEBE_AUTHORIZATION_SERVER_URL");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            zeebe_address: v1,
            zeebe_client_id: v2,
            zeebe_authorization_server_url: v3,
        })
    }
}
#[cfg(feature = "zeebe-clients")]
impl<'de> serde::Deserialize<'de> for ZeebeClientConnection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "zeebe-clients")]
impl ZeebeClientConnection {
    /// Builds one from its fields.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        zeebe_address: impl ::std::convert::Into<::std::string::String>,
        zeebe_client_id: impl ::std::convert::Into<::std::string::String>,
        zeebe_authorization_server_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            zeebe_address: zeebe_address.into(),
            zeebe_client_id: zeebe_client_id.into(),
            zeebe_authorization_server_url: zeebe_authorization_server_url.into(),
        }
    }
}
/// The `CreateZeebeClientRequest` schema.
#[cfg(feature = "zeebe-clients")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateZeebeClientRequest {
    /// Name of the new client; unique within the cluster.
    pub client_name: ::std::string::String,
    /// Components the client may use; all of them when omitted.
    pub permissions: ::std::option::Option<::std::vec::Vec<ClientPermission>>,
}
#[cfg(feature = "zeebe-clients")]
impl serde::Serialize for CreateZeebeClientRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.permissions.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateZeebeClientRequest",
            len,
        );
        s.field("clientName", &self.client_name);
        s.optional("permissions", &self.permissions);
        s.end()
    }
}
#[cfg(feature = "zeebe-clients")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateZeebeClientRequest {
    const NAME: &'static str = "CreateZeebeClientRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["clientName", "permissions"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("clientName");
        };
        ::std::result::Result::Ok(Self {
            client_name: v0,
            permissions: v1,
        })
    }
}
#[cfg(feature = "zeebe-clients")]
impl<'de> serde::Deserialize<'de> for CreateZeebeClientRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "zeebe-clients")]
impl CreateZeebeClientRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(client_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            client_name: client_name.into(),
            permissions: ::std::option::Option::None,
        }
    }
    /// Sets [`permissions`](Self::permissions).
    pub fn with_permissions(mut self, value: ::std::vec::Vec<ClientPermission>) -> Self {
        self.permissions = ::std::option::Option::Some(value);
        self
    }
}
/// A freshly created client. Unlike every other client response it carries `clientSecret`, which cannot be retrieved again.
#[cfg(feature = "zeebe-clients")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct CreatedZeebeClient {
    /// `name`
    pub name: ::std::string::String,
    /// `uuid`
    ///
    /// Set by the server; ignored in requests.
    pub uuid: ::std::string::String,
    /// `clientId`
    ///
    /// Set by the server; ignored in requests.
    pub client_id: ::std::string::String,
    /// The client's secret, shown this one time only.
    ///
    /// Set by the server; ignored in requests.
    pub client_secret: ::std::string::String,
    /// `permissions`
    pub permissions: ::std::vec::Vec<ClientPermission>,
    /// `links`
    pub links: ::std::option::Option<ClusterLinks>,
}
#[cfg(feature = "zeebe-clients")]
impl std::fmt::Debug for CreatedZeebeClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreatedZeebeClient")
            .field("name", &self.name)
            .field("uuid", &self.uuid)
            .field("client_id", &self.client_id)
            .field("client_secret", &cloudsdk_runtime::Redacted(&self.client_secret))
            .field("permissions", &self.permissions)
            .field("links", &self.links)
            .finish()
    }
}
#[cfg(feature = "zeebe-clients")]
impl serde::Serialize for CreatedZeebeClient {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 5;
        len += self.links.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreatedZeebeClient",
            len,
        );
        s.field("name", &self.name);
        s.field("uuid", &self.uuid);
        s.field("clientId", &self.client_id);
        s.field("clientSecret", &self.client_secret);
        s.field("permissions", &self.permissions);
        s.optional("links", &self.links);
        s.end()
    }
}
#[cfg(feature = "zeebe-clients")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreatedZeebeClient {
    const NAME: &'static str = "CreatedZeebeClient";
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
            &["name", "uuid", "clientId", "clientSecret", "permissions", "links"],
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
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("clientId");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("clientSecret");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("permissions");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            uuid: v1,
            client_id: v2,
            client_secret: v3,
            permissions: v4,
            links: v5,
        })
    }
}
#[cfg(feature = "zeebe-clients")]
impl<'de> serde::Deserialize<'de> for CreatedZeebeClient {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "zeebe-clients")]
impl CreatedZeebeClient {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        uuid: impl ::std::convert::Into<::std::string::String>,
        client_id: impl ::std::convert::Into<::std::string::String>,
        client_secret: impl ::std::convert::Into<::std::string::String>,
        permissions: ::std::vec::Vec<ClientPermission>,
    ) -> Self {
        Self {
            name: name.into(),
            uuid: uuid.into(),
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            permissions,
            links: ::std::option::Option::None,
        }
    }
    /// Sets [`links`](Self::links).
    pub fn with_links(mut self, value: ClusterLinks) -> Self {
        self.links = ::std::option::Option::Some(value);
        self
    }
}
/// A backup of a cluster and the state of each component's part of it.
#[cfg(feature = "backups")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Backup {
    /// `uuid`
    ///
    /// Set by the server; ignored in requests.
    pub uuid: ::std::string::String,
    /// `name`
    pub name: ::std::string::String,
    /// When the backup was started.
    pub created: ::std::string::String,
    /// When the backup finished.
    pub completed: ::std::string::String,
    /// `status`
    pub status: BackupStatus,
    /// `zeebeStatus`
    pub zeebe_status: BackupStatus,
    /// `operateStatus`
    pub operate_status: BackupStatus,
    /// `tasklistStatus`
    pub tasklist_status: BackupStatus,
    /// `optimizeStatus`
    pub optimize_status: BackupStatus,
}
#[cfg(feature = "backups")]
impl serde::Serialize for Backup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Backup", 9);
        s.field("uuid", &self.uuid);
        s.field("name", &self.name);
        s.field("created", &self.created);
        s.field("completed", &self.completed);
        s.field("status", &self.status);
        s.field("zeebeStatus", &self.zeebe_status);
        s.field("operateStatus", &self.operate_status);
        s.field("tasklistStatus", &self.tasklist_status);
        s.field("optimizeStatus", &self.optimize_status);
        s.end()
    }
}
#[cfg(feature = "backups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Backup {
    const NAME: &'static str = "Backup";
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
                "name",
                "created",
                "completed",
                "status",
                "zeebeStatus",
                "operateStatus",
                "tasklistStatus",
                "optimizeStatus",
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
                7 => f.value(&mut v7),
                8 => f.value(&mut v8),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("uuid");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("created");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("completed");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("status");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("zeebeStatus");
        };
        let ::std::option::Option::Some(v6) = v6 else {
            return cloudsdk_runtime::de::missing("operateStatus");
        };
        let ::std::option::Option::Some(v7) = v7 else {
            return cloudsdk_runtime::de::missing("tasklistStatus");
        };
        let ::std::option::Option::Some(v8) = v8 else {
            return cloudsdk_runtime::de::missing("optimizeStatus");
        };
        ::std::result::Result::Ok(Self {
            uuid: v0,
            name: v1,
            created: v2,
            completed: v3,
            status: v4,
            zeebe_status: v5,
            operate_status: v6,
            tasklist_status: v7,
            optimize_status: v8,
        })
    }
}
#[cfg(feature = "backups")]
impl<'de> serde::Deserialize<'de> for Backup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "backups")]
impl Backup {
    /// Builds one from its fields.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        uuid: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        created: impl ::std::convert::Into<::std::string::String>,
        completed: impl ::std::convert::Into<::std::string::String>,
        status: BackupStatus,
        zeebe_status: BackupStatus,
        operate_status: BackupStatus,
        tasklist_status: BackupStatus,
        optimize_status: BackupStatus,
    ) -> Self {
        Self {
            uuid: uuid.into(),
            name: name.into(),
            created: created.into(),
            completed: completed.into(),
            status,
            zeebe_status,
            operate_status,
            tasklist_status,
            optimize_status,
        }
    }
}
/// Progress of a backup or of one component's part; `-` when not applicable.
#[cfg(feature = "backups")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum BackupStatus {
    /// `In progress`
    InProgress,
    /// `Failed`
    Failed,
    /// `Complete`
    Complete,
    /// `-`
    Value,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "backups")]
impl BackupStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "In progress",
            Self::Failed => "Failed",
            Self::Complete => "Complete",
            Self::Value => "-",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "backups")]
impl ::std::convert::From<::std::string::String> for BackupStatus {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "In progress" => Self::InProgress,
            "Failed" => Self::Failed,
            "Complete" => Self::Complete,
            "-" => Self::Value,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "backups")]
impl std::fmt::Display for BackupStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "backups")]
impl serde::Serialize for BackupStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "backups")]
impl<'de> serde::Deserialize<'de> for BackupStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "backups")]
impl ::std::cmp::Eq for BackupStatus {}
#[cfg(feature = "backups")]
impl ::std::cmp::PartialOrd for BackupStatus {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "backups")]
impl ::std::hash::Hash for BackupStatus {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The cluster's secrets, keyed by name.
#[cfg(feature = "secrets")]
pub type ClusterSecrets = ::std::collections::BTreeMap<
    ::std::string::String,
    ::std::string::String,
>;
/// The `CreateSecretRequest` schema.
#[cfg(feature = "secrets")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateSecretRequest {
    /// `secretName`
    ///
    /// Bounds: at most 49 characters.
    pub secret_name: ::std::string::String,
    /// `secretValue`
    pub secret_value: ::std::string::String,
}
#[cfg(feature = "secrets")]
impl std::fmt::Debug for CreateSecretRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSecretRequest")
            .field("secret_name", &self.secret_name)
            .field("secret_value", &cloudsdk_runtime::Redacted(&self.secret_value))
            .finish()
    }
}
#[cfg(feature = "secrets")]
impl serde::Serialize for CreateSecretRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateSecretRequest",
            2,
        );
        s.field("secretName", &self.secret_name);
        s.field("secretValue", &self.secret_value);
        s.end()
    }
}
#[cfg(feature = "secrets")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateSecretRequest {
    const NAME: &'static str = "CreateSecretRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["secretName", "secretValue"],
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
            return cloudsdk_runtime::de::missing("secretName");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("secretValue");
        };
        ::std::result::Result::Ok(Self {
            secret_name: v0,
            secret_value: v1,
        })
    }
}
#[cfg(feature = "secrets")]
impl<'de> serde::Deserialize<'de> for CreateSecretRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "secrets")]
impl CreateSecretRequest {
    /// Builds one from its fields.
    pub fn new(
        secret_name: impl ::std::convert::Into<::std::string::String>,
        secret_value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            secret_name: secret_name.into(),
            secret_value: secret_value.into(),
        }
    }
}
/// The `UpdateSecretRequest` schema.
#[cfg(feature = "secrets")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateSecretRequest {
    /// `secretValue`
    pub secret_value: ::std::string::String,
}
#[cfg(feature = "secrets")]
impl std::fmt::Debug for UpdateSecretRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateSecretRequest")
            .field("secret_value", &cloudsdk_runtime::Redacted(&self.secret_value))
            .finish()
    }
}
#[cfg(feature = "secrets")]
impl serde::Serialize for UpdateSecretRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateSecretRequest",
            1,
        );
        s.field("secretValue", &self.secret_value);
        s.end()
    }
}
#[cfg(feature = "secrets")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateSecretRequest {
    const NAME: &'static str = "UpdateSecretRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["secretValue"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("secretValue");
        };
        ::std::result::Result::Ok(Self { secret_value: v0 })
    }
}
#[cfg(feature = "secrets")]
impl<'de> serde::Deserialize<'de> for UpdateSecretRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "secrets")]
impl UpdateSecretRequest {
    /// Builds one from its fields.
    pub fn new(secret_value: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            secret_value: secret_value.into(),
        }
    }
}
/// A role a person holds in the organization.
#[cfg(feature = "members")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum OrganizationRole {
    /// `member`
    Member,
    /// `admin`
    Admin,
    /// `organizationadmin`
    Organizationadmin,
    /// `organizationowner`
    Organizationowner,
    /// `owner`
    Owner,
    /// `supportagent`
    Supportagent,
    /// `operationsengineer`
    Operationsengineer,
    /// `taskuser`
    Taskuser,
    /// `analyst`
    Analyst,
    /// `developer`
    Developer,
    /// `visitor`
    Visitor,
    /// `modeler`
    Modeler,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "members")]
impl OrganizationRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Member => "member",
            Self::Admin => "admin",
            Self::Organizationadmin => "organizationadmin",
            Self::Organizationowner => "organizationowner",
            Self::Owner => "owner",
            Self::Supportagent => "supportagent",
            Self::Operationsengineer => "operationsengineer",
            Self::Taskuser => "taskuser",
            Self::Analyst => "analyst",
            Self::Developer => "developer",
            Self::Visitor => "visitor",
            Self::Modeler => "modeler",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "members")]
impl ::std::convert::From<::std::string::String> for OrganizationRole {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "member" => Self::Member,
            "admin" => Self::Admin,
            "organizationadmin" => Self::Organizationadmin,
            "organizationowner" => Self::Organizationowner,
            "owner" => Self::Owner,
            "supportagent" => Self::Supportagent,
            "operationsengineer" => Self::Operationsengineer,
            "taskuser" => Self::Taskuser,
            "analyst" => Self::Analyst,
            "developer" => Self::Developer,
            "visitor" => Self::Visitor,
            "modeler" => Self::Modeler,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "members")]
impl std::fmt::Display for OrganizationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "members")]
impl serde::Serialize for OrganizationRole {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "members")]
impl<'de> serde::Deserialize<'de> for OrganizationRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "members")]
impl ::std::cmp::Eq for OrganizationRole {}
#[cfg(feature = "members")]
impl ::std::cmp::PartialOrd for OrganizationRole {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "members")]
impl ::std::hash::Hash for OrganizationRole {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The subset of organization roles that can be granted through the API.
#[cfg(feature = "members")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum AssignableOrganizationRole {
    /// `admin`
    Admin,
    /// `operationsengineer`
    Operationsengineer,
    /// `taskuser`
    Taskuser,
    /// `analyst`
    Analyst,
    /// `developer`
    Developer,
    /// `visitor`
    Visitor,
    /// `modeler`
    Modeler,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "members")]
impl AssignableOrganizationRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "admin",
            Self::Operationsengineer => "operationsengineer",
            Self::Taskuser => "taskuser",
            Self::Analyst => "analyst",
            Self::Developer => "developer",
            Self::Visitor => "visitor",
            Self::Modeler => "modeler",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "members")]
impl ::std::convert::From<::std::string::String> for AssignableOrganizationRole {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "admin" => Self::Admin,
            "operationsengineer" => Self::Operationsengineer,
            "taskuser" => Self::Taskuser,
            "analyst" => Self::Analyst,
            "developer" => Self::Developer,
            "visitor" => Self::Visitor,
            "modeler" => Self::Modeler,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "members")]
impl std::fmt::Display for AssignableOrganizationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "members")]
impl serde::Serialize for AssignableOrganizationRole {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "members")]
impl<'de> serde::Deserialize<'de> for AssignableOrganizationRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "members")]
impl ::std::cmp::Eq for AssignableOrganizationRole {}
#[cfg(feature = "members")]
impl ::std::cmp::PartialOrd for AssignableOrganizationRole {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "members")]
impl ::std::hash::Hash for AssignableOrganizationRole {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A member of the organization, or a person with a pending invitation.
#[cfg(feature = "members")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Member {
    /// `name`
    pub name: ::std::string::String,
    /// `email`
    pub email: ::std::string::String,
    /// `roles`
    pub roles: ::std::vec::Vec<OrganizationRole>,
    /// True while the person has not accepted the invitation yet.
    pub invite_pending: bool,
}
#[cfg(feature = "members")]
impl serde::Serialize for Member {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Member", 4);
        s.field("name", &self.name);
        s.field("email", &self.email);
        s.field("roles", &self.roles);
        s.field("invitePending", &self.invite_pending);
        s.end()
    }
}
#[cfg(feature = "members")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Member {
    const NAME: &'static str = "Member";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "email", "roles", "invitePending"],
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
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("email");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("roles");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("invitePending");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            email: v1,
            roles: v2,
            invite_pending: v3,
        })
    }
}
#[cfg(feature = "members")]
impl<'de> serde::Deserialize<'de> for Member {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "members")]
impl Member {
    /// Builds one from its fields.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        email: impl ::std::convert::Into<::std::string::String>,
        roles: ::std::vec::Vec<OrganizationRole>,
        invite_pending: bool,
    ) -> Self {
        Self {
            name: name.into(),
            email: email.into(),
            roles,
            invite_pending,
        }
    }
}
/// The `UpdateMemberRequest` schema.
#[cfg(feature = "members")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateMemberRequest {
    /// Roles the person should hold.
    pub org_roles: ::std::vec::Vec<AssignableOrganizationRole>,
}
#[cfg(feature = "members")]
impl serde::Serialize for UpdateMemberRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateMemberRequest",
            1,
        );
        s.field("orgRoles", &self.org_roles);
        s.end()
    }
}
#[cfg(feature = "members")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateMemberRequest {
    const NAME: &'static str = "UpdateMemberRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["orgRoles"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("orgRoles");
        };
        ::std::result::Result::Ok(Self { org_roles: v0 })
    }
}
#[cfg(feature = "members")]
impl<'de> serde::Deserialize<'de> for UpdateMemberRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "members")]
impl UpdateMemberRequest {
    /// Builds one from its fields.
    pub fn new(org_roles: ::std::vec::Vec<AssignableOrganizationRole>) -> Self {
        Self { org_roles }
    }
}
/// One entry of the organization's audit trail.
#[cfg(feature = "activity")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActivityEvent {
    /// The service that recorded the event.
    pub service: ::std::string::String,
    /// `orgId`
    pub org_id: ::std::string::String,
    /// Description of what happened.
    pub audit: ::std::string::String,
    /// `auditType`
    pub audit_type: AuditType,
    /// Kind of object that was affected.
    pub entity: ::std::string::String,
    /// `entityId`
    pub entity_id: ::std::string::String,
    /// The attribute that changed, for updates.
    pub entity_attribute: ::std::option::Option<::std::string::String>,
    /// `entityAttributeValueFrom`
    pub entity_attribute_value_from: ::std::option::Option<::std::string::String>,
    /// `entityAttributeValueTo`
    pub entity_attribute_value_to: ::std::option::Option<::std::string::String>,
    /// `parentEntity`
    pub parent_entity: ::std::option::Option<::std::string::String>,
    /// `parentEntityId`
    pub parent_entity_id: ::std::option::Option<::std::string::String>,
    /// Who performed the change.
    pub user_id: ::std::string::String,
    /// When the event happened, as a numeric timestamp.
    pub timestamp: ::std::option::Option<f64>,
}
#[cfg(feature = "activity")]
impl serde::Serialize for ActivityEvent {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 7;
        len += self.entity_attribute.is_some() as usize;
        len += self.entity_attribute_value_from.is_some() as usize;
        len += self.entity_attribute_value_to.is_some() as usize;
        len += self.parent_entity.is_some() as usize;
        len += self.parent_entity_id.is_some() as usize;
        len += self.timestamp.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ActivityEvent", len);
        s.field("service", &self.service);
        s.field("orgId", &self.org_id);
        s.field("audit", &self.audit);
        s.field("auditType", &self.audit_type);
        s.field("entity", &self.entity);
        s.field("entityId", &self.entity_id);
        s.optional("entityAttribute", &self.entity_attribute);
        s.optional("entityAttributeValueFrom", &self.entity_attribute_value_from);
        s.optional("entityAttributeValueTo", &self.entity_attribute_value_to);
        s.optional("parentEntity", &self.parent_entity);
        s.optional("parentEntityId", &self.parent_entity_id);
        s.field("userId", &self.user_id);
        s.optional("timestamp", &self.timestamp);
        s.end()
    }
}
#[cfg(feature = "activity")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ActivityEvent {
    const NAME: &'static str = "ActivityEvent";
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
                "service",
                "orgId",
                "audit",
                "auditType",
                "entity",
                "entityId",
                "entityAttribute",
                "entityAttributeValueFrom",
                "entityAttributeValueTo",
                "parentEntity",
                "parentEntityId",
                "userId",
                "timestamp",
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
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.optional(&mut v10),
                11 => f.value(&mut v11),
                12 => f.optional(&mut v12),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("service");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("orgId");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("audit");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("auditType");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("entity");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("entityId");
        };
        let ::std::option::Option::Some(v11) = v11 else {
            return cloudsdk_runtime::de::missing("userId");
        };
        ::std::result::Result::Ok(Self {
            service: v0,
            org_id: v1,
            audit: v2,
            audit_type: v3,
            entity: v4,
            entity_id: v5,
            entity_attribute: v6,
            entity_attribute_value_from: v7,
            entity_attribute_value_to: v8,
            parent_entity: v9,
            parent_entity_id: v10,
            user_id: v11,
            timestamp: v12,
        })
    }
}
#[cfg(feature = "activity")]
impl<'de> serde::Deserialize<'de> for ActivityEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "activity")]
impl ActivityEvent {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        service: impl ::std::convert::Into<::std::string::String>,
        org_id: impl ::std::convert::Into<::std::string::String>,
        audit: impl ::std::convert::Into<::std::string::String>,
        audit_type: AuditType,
        entity: impl ::std::convert::Into<::std::string::String>,
        entity_id: impl ::std::convert::Into<::std::string::String>,
        user_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            service: service.into(),
            org_id: org_id.into(),
            audit: audit.into(),
            audit_type,
            entity: entity.into(),
            entity_id: entity_id.into(),
            entity_attribute: ::std::option::Option::None,
            entity_attribute_value_from: ::std::option::Option::None,
            entity_attribute_value_to: ::std::option::Option::None,
            parent_entity: ::std::option::Option::None,
            parent_entity_id: ::std::option::Option::None,
            user_id: user_id.into(),
            timestamp: ::std::option::Option::None,
        }
    }
    /// Sets [`entity_attribute`](Self::entity_attribute).
    pub fn with_entity_attribute(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.entity_attribute = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`entity_attribute_value_from`](Self::entity_attribute_value_from).
    pub fn with_entity_attribute_value_from(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.entity_attribute_value_from = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`entity_attribute_value_to`](Self::entity_attribute_value_to).
    pub fn with_entity_attribute_value_to(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.entity_attribute_value_to = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`parent_entity`](Self::parent_entity).
    pub fn with_parent_entity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_entity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`parent_entity_id`](Self::parent_entity_id).
    pub fn with_parent_entity_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_entity_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`timestamp`](Self::timestamp).
    pub fn with_timestamp(mut self, value: f64) -> Self {
        self.timestamp = ::std::option::Option::Some(value);
        self
    }
}
/// Kind of change: `c` create, `r` read, `u` update, `d` delete.
#[cfg(feature = "activity")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum AuditType {
    /// `c`
    C,
    /// `r`
    R,
    /// `u`
    U,
    /// `d`
    D,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "activity")]
impl AuditType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::C => "c",
            Self::R => "r",
            Self::U => "u",
            Self::D => "d",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "activity")]
impl ::std::convert::From<::std::string::String> for AuditType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "c" => Self::C,
            "r" => Self::R,
            "u" => Self::U,
            "d" => Self::D,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "activity")]
impl std::fmt::Display for AuditType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "activity")]
impl serde::Serialize for AuditType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "activity")]
impl<'de> serde::Deserialize<'de> for AuditType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "activity")]
impl ::std::cmp::Eq for AuditType {}
#[cfg(feature = "activity")]
impl ::std::cmp::PartialOrd for AuditType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "activity")]
impl ::std::hash::Hash for AuditType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
