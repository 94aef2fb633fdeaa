//! Types of the API's request and response bodies.
#![allow(clippy::derivable_impls, clippy::large_enum_variant)]
/// Body of a failed request when it is JSON. Every field is optional: some errors carry only `reason`, and some failures (notably 404) are not JSON at all.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Error {
    /// Machine-readable snake_case error code.
    pub code: ::std::option::Option<::std::string::String>,
    /// Human-readable explanation.
    pub reason: ::std::option::Option<::std::string::String>,
    /// Extra detail, when the server has any.
    pub details: ::std::option::Option<::std::string::String>,
    /// Outcome marker some error bodies include.
    pub result: ::std::option::Option<::std::string::String>,
}
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.code.is_some() as usize;
        len += self.reason.is_some() as usize;
        len += self.details.is_some() as usize;
        len += self.result.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Error", len);
        s.optional("code", &self.code);
        s.optional("reason", &self.reason);
        s.optional("details", &self.details);
        s.optional("result", &self.result);
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
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["code", "reason", "details", "result"],
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
            code: v0,
            reason: v1,
            details: v2,
            result: v3,
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
            code: ::std::option::Option::None,
            reason: ::std::option::Option::None,
            details: ::std::option::Option::None,
            result: ::std::option::Option::None,
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
    /// Sets [`reason`](Self::reason).
    pub fn with_reason(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`details`](Self::details).
    pub fn with_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`result`](Self::result).
    pub fn with_result(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
}
/// Outcome of a mutating call that returns no resource.
#[cfg(
    any(
        feature = "applications",
        feature = "database-backups",
        feature = "databases",
        feature = "dns",
        feature = "firewalls",
        feature = "instances",
        feature = "kubernetes",
        feature = "kubernetes-pools",
        feature = "load-balancers",
        feature = "networks",
        feature = "object-store-credentials",
        feature = "object-stores",
        feature = "reserved-ips",
        feature = "resource-snapshots",
        feature = "roles",
        feature = "snapshot-schedules",
        feature = "ssh-keys",
        feature = "teams",
        feature = "volume-snapshots",
        feature = "volumes",
        feature = "vpc-firewalls",
        feature = "vpc-load-balancers",
        feature = "vpc-networks",
        feature = "vpc-reserved-ips",
        feature = "webhooks"
    )
)]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SimpleResponse {
    /// Identifier of the affected or newly created object, when there is one.
    pub id: ::std::option::Option<::std::string::String>,
    /// `success` when the operation worked.
    pub result: ::std::string::String,
    /// `code`
    pub code: ::std::option::Option<::std::string::String>,
    /// `reason`
    pub reason: ::std::option::Option<::std::string::String>,
    /// `details`
    pub details: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(
        feature = "applications",
        feature = "database-backups",
        feature = "databases",
        feature = "dns",
        feature = "firewalls",
        feature = "instances",
        feature = "kubernetes",
        feature = "kubernetes-pools",
        feature = "load-balancers",
        feature = "networks",
        feature = "object-store-credentials",
        feature = "object-stores",
        feature = "reserved-ips",
        feature = "resource-snapshots",
        feature = "roles",
        feature = "snapshot-schedules",
        feature = "ssh-keys",
        feature = "teams",
        feature = "volume-snapshots",
        feature = "volumes",
        feature = "vpc-firewalls",
        feature = "vpc-load-balancers",
        feature = "vpc-networks",
        feature = "vpc-reserved-ips",
        feature = "webhooks"
    )
)]
impl serde::Serialize for SimpleResponse {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.id.is_some() as usize;
        len += self.code.is_some() as usize;
        len += self.reason.is_some() as usize;
        len += self.details.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "SimpleResponse",
            len,
        );
        s.optional("id", &self.id);
        s.field("result", &self.result);
        s.optional("code", &self.code);
        s.optional("reason", &self.reason);
        s.optional("details", &self.details);
        s.end()
    }
}
#[cfg(
    any(
        feature = "applications",
        feature = "database-backups",
        feature = "databases",
        feature = "dns",
        feature = "firewalls",
        feature = "instances",
        feature = "kubernetes",
        feature = "kubernetes-pools",
        feature = "load-balancers",
        feature = "networks",
        feature = "object-store-credentials",
        feature = "object-stores",
        feature = "reserved-ips",
        feature = "resource-snapshots",
        feature = "roles",
        feature = "snapshot-schedules",
        feature = "ssh-keys",
        feature = "teams",
        feature = "volume-snapshots",
        feature = "volumes",
        feature = "vpc-firewalls",
        feature = "vpc-load-balancers",
        feature = "vpc-networks",
        feature = "vpc-reserved-ips",
        feature = "webhooks"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SimpleResponse {
    const NAME: &'static str = "SimpleResponse";
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
            &["id", "result", "code", "reason", "details"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("result");
        };
        ::std::result::Result::Ok(Self {
            id: v0,
            result: v1,
            code: v2,
            reason: v3,
            details: v4,
        })
    }
}
#[cfg(
    any(
        feature = "applications",
        feature = "database-backups",
        feature = "databases",
        feature = "dns",
        feature = "firewalls",
        feature = "instances",
        feature = "kubernetes",
        feature = "kubernetes-pools",
        feature = "load-balancers",
        feature = "networks",
        feature = "object-store-credentials",
        feature = "object-stores",
        feature = "reserved-ips",
        feature = "resource-snapshots",
        feature = "roles",
        feature = "snapshot-schedules",
        feature = "ssh-keys",
        feature = "teams",
        feature = "volume-snapshots",
        feature = "volumes",
        feature = "vpc-firewalls",
        feature = "vpc-load-balancers",
        feature = "vpc-networks",
        feature = "vpc-reserved-ips",
        feature = "webhooks"
    )
)]
impl<'de> serde::Deserialize<'de> for SimpleResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "applications",
        feature = "database-backups",
        feature = "databases",
        feature = "dns",
        feature = "firewalls",
        feature = "instances",
        feature = "kubernetes",
        feature = "kubernetes-pools",
        feature = "load-balancers",
        feature = "networks",
        feature = "object-store-credentials",
        feature = "object-stores",
        feature = "reserved-ips",
        feature = "resource-snapshots",
        feature = "roles",
        feature = "snapshot-schedules",
        feature = "ssh-keys",
        feature = "teams",
        feature = "volume-snapshots",
        feature = "volumes",
        feature = "vpc-firewalls",
        feature = "vpc-load-balancers",
        feature = "vpc-networks",
        feature = "vpc-reserved-ips",
        feature = "webhooks"
    )
)]
impl SimpleResponse {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(result: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            id: ::std::option::Option::None,
            result: result.into(),
            code: ::std::option::Option::None,
            reason: ::std::option::Option::None,
            details: ::std::option::Option::None,
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
    /// Sets [`code`](Self::code).
    pub fn with_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`reason`](Self::reason).
    pub fn with_reason(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`details`](Self::details).
    pub fn with_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.details = ::std::option::Option::Some(value.into());
        self
    }
}
/// Body of instance and volume actions that only name the region.
#[cfg(any(feature = "instances", feature = "volumes"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RegionRequest {
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "instances", feature = "volumes"))]
impl serde::Serialize for RegionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "RegionRequest", len);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(any(feature = "instances", feature = "volumes"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RegionRequest {
    const NAME: &'static str = "RegionRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["region"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { region: v0 })
    }
}
#[cfg(any(feature = "instances", feature = "volumes"))]
impl<'de> serde::Deserialize<'de> for RegionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "instances", feature = "volumes"))]
impl RegionRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// Options for exchanging an API key for a JWT.
#[cfg(feature = "auth")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ExchangeTokenRequest {
    /// Requested scope; empty for the default.
    pub scope: ::std::string::String,
}
#[cfg(feature = "auth")]
impl serde::Serialize for ExchangeTokenRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ExchangeTokenRequest",
            1,
        );
        s.field("scope", &self.scope);
        s.end()
    }
}
#[cfg(feature = "auth")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ExchangeTokenRequest {
    const NAME: &'static str = "ExchangeTokenRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["scope"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("scope");
        };
        ::std::result::Result::Ok(Self { scope: v0 })
    }
}
#[cfg(feature = "auth")]
impl<'de> serde::Deserialize<'de> for ExchangeTokenRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "auth")]
impl ExchangeTokenRequest {
    /// Builds one from its fields.
    pub fn new(scope: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { scope: scope.into() }
    }
}
/// A short-lived JSON Web Token usable in place of the API key.
#[cfg(feature = "auth")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct TokenExchangeResponse {
    /// The JWT to send as the bearer token.
    pub access_token: ::std::string::String,
    /// `token_type`
    pub token_type: ::std::string::String,
    /// `refresh_token`
    pub refresh_token: ::std::option::Option<::std::string::String>,
    /// Lifetime of the access token in seconds.
    pub expires_in: i32,
    /// `id_token`
    pub id_token: ::std::option::Option<::std::string::String>,
    /// Account the token acts for.
    pub account_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "auth")]
impl std::fmt::Debug for TokenExchangeResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenExchangeResponse")
            .field("access_token", &cloudsdk_runtime::Redacted(&self.access_token))
            .field("token_type", &self.token_type)
            .field("refresh_token", &cloudsdk_runtime::Redacted(&self.refresh_token))
            .field("expires_in", &self.expires_in)
            .field("id_token", &cloudsdk_runtime::Redacted(&self.id_token))
            .field("account_id", &self.account_id)
            .finish()
    }
}
#[cfg(feature = "auth")]
impl serde::Serialize for TokenExchangeResponse {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.refresh_token.is_some() as usize;
        len += self.id_token.is_some() as usize;
        len += self.account_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "TokenExchangeResponse",
            len,
        );
        s.field("access_token", &self.access_token);
        s.field("token_type", &self.token_type);
        s.optional("refresh_token", &self.refresh_token);
        s.field("expires_in", &self.expires_in);
        s.optional("id_token", &self.id_token);
        s.optional("account_id", &self.account_id);
        s.end()
    }
}
#[cfg(feature = "auth")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TokenExchangeResponse {
    const NAME: &'static str = "TokenExchangeResponse";
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
                "access_token",
                "token_type",
                "refresh_token",
                "expires_in",
                "id_token",
                "account_id",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.value(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.optional(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("access_token");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("token_type");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("expires_in");
        };
        ::std::result::Result::Ok(Self {
            access_token: v0,
            token_type: v1,
            refresh_token: v2,
            expires_in: v3,
            id_token: v4,
            account_id: v5,
        })
    }
}
#[cfg(feature = "auth")]
impl<'de> serde::Deserialize<'de> for TokenExchangeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "auth")]
impl TokenExchangeResponse {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        access_token: impl ::std::convert::Into<::std::string::String>,
        token_type: impl ::std::convert::Into<::std::string::String>,
        expires_in: i32,
    ) -> Self {
        Self {
            access_token: access_token.into(),
            token_type: token_type.into(),
            refresh_token: ::std::option::Option::None,
            expires_in,
            id_token: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
        }
    }
    /// Sets [`refresh_token`](Self::refresh_token).
    pub fn with_refresh_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.refresh_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`id_token`](Self::id_token).
    pub fn with_id_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`account_id`](Self::account_id).
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Which services a region offers.
#[cfg(feature = "regions")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RegionFeatures {
    /// `iaas`
    pub iaas: ::std::option::Option<bool>,
    /// `kubernetes`
    pub kubernetes: ::std::option::Option<bool>,
    /// `object_store`
    pub object_store: ::std::option::Option<bool>,
    /// `loadbalancer`
    pub loadbalancer: ::std::option::Option<bool>,
    /// `gpu`
    pub gpu: ::std::option::Option<bool>,
    /// `dbaas`
    pub dbaas: ::std::option::Option<bool>,
    /// `volume`
    pub volume: ::std::option::Option<bool>,
    /// `paas`
    pub paas: ::std::option::Option<bool>,
    /// `public_ip_node_pools`
    pub public_ip_node_pools: ::std::option::Option<bool>,
}
#[cfg(feature = "regions")]
impl serde::Serialize for RegionFeatures {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.iaas.is_some() as usize;
        len += self.kubernetes.is_some() as usize;
        len += self.object_store.is_some() as usize;
        len += self.loadbalancer.is_some() as usize;
        len += self.gpu.is_some() as usize;
        len += self.dbaas.is_some() as usize;
        len += self.volume.is_some() as usize;
        len += self.paas.is_some() as usize;
        len += self.public_ip_node_pools.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "RegionFeatures",
            len,
        );
        s.optional("iaas", &self.iaas);
        s.optional("kubernetes", &self.kubernetes);
        s.optional("object_store", &self.object_store);
        s.optional("loadbalancer", &self.loadbalancer);
        s.optional("gpu", &self.gpu);
        s.optional("dbaas", &self.dbaas);
        s.optional("volume", &self.volume);
        s.optional("paas", &self.paas);
        s.optional("public_ip_node_pools", &self.public_ip_node_pools);
        s.end()
    }
}
#[cfg(feature = "regions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RegionFeatures {
    const NAME: &'static str = "RegionFeatures";
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
                "iaas",
                "kubernetes",
                "object_store",
                "loadbalancer",
                "gpu",
                "dbaas",
                "volume",
                "paas",
                "public_ip_node_pools",
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
            iaas: v0,
            kubernetes: v1,
            object_store: v2,
            loadbalancer: v3,
            gpu: v4,
            dbaas: v5,
            volume: v6,
            paas: v7,
            public_ip_node_pools: v8,
        })
    }
}
#[cfg(feature = "regions")]
impl<'de> serde::Deserialize<'de> for RegionFeatures {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "regions")]
impl RegionFeatures {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            iaas: ::std::option::Option::None,
            kubernetes: ::std::option::Option::None,
            object_store: ::std::option::Option::None,
            loadbalancer: ::std::option::Option::None,
            gpu: ::std::option::Option::None,
            dbaas: ::std::option::Option::None,
            volume: ::std::option::Option::None,
            paas: ::std::option::Option::None,
            public_ip_node_pools: ::std::option::Option::None,
        }
    }
    /// Sets [`iaas`](Self::iaas).
    pub fn with_iaas(mut self, value: bool) -> Self {
        self.iaas = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`kubernetes`](Self::kubernetes).
    pub fn with_kubernetes(mut self, value: bool) -> Self {
        self.kubernetes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`object_store`](Self::object_store).
    pub fn with_object_store(mut self, value: bool) -> Self {
        self.object_store = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`loadbalancer`](Self::loadbalancer).
    pub fn with_loadbalancer(mut self, value: bool) -> Self {
        self.loadbalancer = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`gpu`](Self::gpu).
    pub fn with_gpu(mut self, value: bool) -> Self {
        self.gpu = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`dbaas`](Self::dbaas).
    pub fn with_dbaas(mut self, value: bool) -> Self {
        self.dbaas = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`volume`](Self::volume).
    pub fn with_volume(mut self, value: bool) -> Self {
        self.volume = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`paas`](Self::paas).
    pub fn with_paas(mut self, value: bool) -> Self {
        self.paas = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`public_ip_node_pools`](Self::public_ip_node_pools).
    pub fn with_public_ip_node_pools(mut self, value: bool) -> Self {
        self.public_ip_node_pools = ::std::option::Option::Some(value);
        self
    }
}
/// A Civo data center location.
#[cfg(feature = "regions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Region {
    /// Code used in the `region` parameter.
    pub code: ::std::string::String,
    /// `name`
    pub name: ::std::string::String,
    /// `type`
    pub type_: ::std::option::Option<::std::string::String>,
    /// True when the region cannot take new resources.
    pub out_of_capacity: ::std::option::Option<bool>,
    /// ISO country code.
    pub country: ::std::option::Option<::std::string::String>,
    /// `country_name`
    pub country_name: ::std::option::Option<::std::string::String>,
    /// True for the account's default region.
    pub default: ::std::option::Option<bool>,
    /// `features`
    pub features: ::std::option::Option<RegionFeatures>,
}
#[cfg(feature = "regions")]
impl serde::Serialize for Region {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.type_.is_some() as usize;
        len += self.out_of_capacity.is_some() as usize;
        len += self.country.is_some() as usize;
        len += self.country_name.is_some() as usize;
        len += self.default.is_some() as usize;
        len += self.features.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Region", len);
        s.field("code", &self.code);
        s.field("name", &self.name);
        s.optional("type", &self.type_);
        s.optional("out_of_capacity", &self.out_of_capacity);
        s.optional("country", &self.country);
        s.optional("country_name", &self.country_name);
        s.optional("default", &self.default);
        s.optional("features", &self.features);
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
        let mut v7 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "code",
                "name",
                "type",
                "out_of_capacity",
                "country",
                "country_name",
                "default",
                "features",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("code");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            code: v0,
            name: v1,
            type_: v2,
            out_of_capacity: v3,
            country: v4,
            country_name: v5,
            default: v6,
            features: v7,
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
    pub fn new(
        code: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            code: code.into(),
            name: name.into(),
            type_: ::std::option::Option::None,
            out_of_capacity: ::std::option::Option::None,
            country: ::std::option::Option::None,
            country_name: ::std::option::Option::None,
            default: ::std::option::Option::None,
            features: ::std::option::Option::None,
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
    /// Sets [`out_of_capacity`](Self::out_of_capacity).
    pub fn with_out_of_capacity(mut self, value: bool) -> Self {
        self.out_of_capacity = ::std::option::Option::Some(value);
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
    /// Sets [`country_name`](Self::country_name).
    pub fn with_country_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`default`](Self::default).
    pub fn with_default(mut self, value: bool) -> Self {
        self.default = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`features`](Self::features).
    pub fn with_features(mut self, value: RegionFeatures) -> Self {
        self.features = ::std::option::Option::Some(value);
        self
    }
}
/// Definition of a private or partner region.
#[cfg(feature = "regions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateRegionRequest {
    /// `code`
    pub code: ::std::string::String,
    /// `country_iso_code`
    pub country_iso_code: ::std::option::Option<::std::string::String>,
    /// `private`
    pub private: ::std::option::Option<bool>,
    /// Accounts allowed to use the region.
    pub account_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Kubeconfig of the cluster backing the region.
    pub kubeconfig: ::std::option::Option<::std::string::String>,
    /// Hours a deleted compute resource is kept before it is purged.
    pub compute_soft_deletion_hours: ::std::option::Option<i32>,
    /// Features to enable, keyed by feature name.
    pub features: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, bool>,
    >,
}
#[cfg(feature = "regions")]
impl serde::Serialize for CreateRegionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.country_iso_code.is_some() as usize;
        len += self.private.is_some() as usize;
        len += self.account_ids.is_some() as usize;
        len += self.kubeconfig.is_some() as usize;
        len += self.compute_soft_deletion_hours.is_some() as usize;
        len += self.features.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateRegionRequest",
            len,
        );
        s.field("code", &self.code);
        s.optional("country_iso_code", &self.country_iso_code);
        s.optional("private", &self.private);
        s.optional("account_ids", &self.account_ids);
        s.optional("kubeconfig", &self.kubeconfig);
        s.optional("compute_soft_deletion_hours", &self.compute_soft_deletion_hours);
        s.optional("features", &self.features);
        s.end()
    }
}
#[cfg(feature = "regions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateRegionRequest {
    const NAME: &'static str = "CreateRegionRequest";
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
                "code",
                "country_iso_code",
                "private",
                "account_ids",
                "kubeconfig",
                "compute_soft_deletion_hours",
                "features",
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
            return cloudsdk_runtime::de::missing("code");
        };
        ::std::result::Result::Ok(Self {
            code: v0,
            country_iso_code: v1,
            private: v2,
            account_ids: v3,
            kubeconfig: v4,
            compute_soft_deletion_hours: v5,
            features: v6,
        })
    }
}
#[cfg(feature = "regions")]
impl<'de> serde::Deserialize<'de> for CreateRegionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "regions")]
impl CreateRegionRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(code: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            code: code.into(),
            country_iso_code: ::std::option::Option::None,
            private: ::std::option::Option::None,
            account_ids: ::std::option::Option::None,
            kubeconfig: ::std::option::Option::None,
            compute_soft_deletion_hours: ::std::option::Option::None,
            features: ::std::option::Option::None,
        }
    }
    /// Sets [`country_iso_code`](Self::country_iso_code).
    pub fn with_country_iso_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_iso_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`private`](Self::private).
    pub fn with_private(mut self, value: bool) -> Self {
        self.private = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`account_ids`](Self::account_ids).
    pub fn with_account_ids(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.account_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`kubeconfig`](Self::kubeconfig).
    pub fn with_kubeconfig(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubeconfig = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`compute_soft_deletion_hours`](Self::compute_soft_deletion_hours).
    pub fn with_compute_soft_deletion_hours(mut self, value: i32) -> Self {
        self.compute_soft_deletion_hours = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`features`](Self::features).
    pub fn with_features(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, bool>,
    ) -> Self {
        self.features = ::std::option::Option::Some(value);
        self
    }
}
/// Names the region to connect or disconnect.
#[cfg(feature = "regions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RegionCodeRequest {
    /// `code`
    pub code: ::std::string::String,
}
#[cfg(feature = "regions")]
impl serde::Serialize for RegionCodeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "RegionCodeRequest",
            1,
        );
        s.field("code", &self.code);
        s.end()
    }
}
#[cfg(feature = "regions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RegionCodeRequest {
    const NAME: &'static str = "RegionCodeRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["code"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("code");
        };
        ::std::result::Result::Ok(Self { code: v0 })
    }
}
#[cfg(feature = "regions")]
impl<'de> serde::Deserialize<'de> for RegionCodeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "regions")]
impl RegionCodeRequest {
    /// Builds one from its fields.
    pub fn new(code: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { code: code.into() }
    }
}
/// Resource limits of the account and how much of each is in use; every metric has a `_limit` and a `_usage` field.
#[cfg(feature = "quota")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Quota {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `default_user_id`
    pub default_user_id: ::std::option::Option<::std::string::String>,
    /// `default_user_email_address`
    pub default_user_email_address: ::std::option::Option<::std::string::String>,
    /// `instance_count_limit`
    pub instance_count_limit: ::std::option::Option<i32>,
    /// `instance_count_usage`
    pub instance_count_usage: ::std::option::Option<i32>,
    /// `cpu_core_limit`
    pub cpu_core_limit: ::std::option::Option<i32>,
    /// `cpu_core_usage`
    pub cpu_core_usage: ::std::option::Option<i32>,
    /// `ram_mb_limit`
    pub ram_mb_limit: ::std::option::Option<i32>,
    /// `ram_mb_usage`
    pub ram_mb_usage: ::std::option::Option<i32>,
    /// `disk_gb_limit`
    pub disk_gb_limit: ::std::option::Option<i32>,
    /// `disk_gb_usage`
    pub disk_gb_usage: ::std::option::Option<i32>,
    /// `disk_volume_count_limit`
    pub disk_volume_count_limit: ::std::option::Option<i32>,
    /// `disk_volume_count_usage`
    pub disk_volume_count_usage: ::std::option::Option<i32>,
    /// `disk_snapshot_count_limit`
    pub disk_snapshot_count_limit: ::std::option::Option<i32>,
    /// `disk_snapshot_count_usage`
    pub disk_snapshot_count_usage: ::std::option::Option<i32>,
    /// `public_ip_address_limit`
    pub public_ip_address_limit: ::std::option::Option<i32>,
    /// `public_ip_address_usage`
    pub public_ip_address_usage: ::std::option::Option<i32>,
    /// `subnet_count_limit`
    pub subnet_count_limit: ::std::option::Option<i32>,
    /// `subnet_count_usage`
    pub subnet_count_usage: ::std::option::Option<i32>,
    /// `network_count_limit`
    pub network_count_limit: ::std::option::Option<i32>,
    /// `network_count_usage`
    pub network_count_usage: ::std::option::Option<i32>,
    /// `security_group_limit`
    pub security_group_limit: ::std::option::Option<i32>,
    /// `security_group_usage`
    pub security_group_usage: ::std::option::Option<i32>,
    /// `security_group_rule_limit`
    pub security_group_rule_limit: ::std::option::Option<i32>,
    /// `security_group_rule_usage`
    pub security_group_rule_usage: ::std::option::Option<i32>,
    /// `port_count_limit`
    pub port_count_limit: ::std::option::Option<i32>,
    /// `port_count_usage`
    pub port_count_usage: ::std::option::Option<i32>,
    /// `loadbalancer_count_limit`
    pub loadbalancer_count_limit: ::std::option::Option<i32>,
    /// `loadbalancer_count_usage`
    pub loadbalancer_count_usage: ::std::option::Option<i32>,
    /// `objectstore_gb_limit`
    pub objectstore_gb_limit: ::std::option::Option<i32>,
    /// `objectstore_gb_usage`
    pub objectstore_gb_usage: ::std::option::Option<i32>,
    /// `database_count_limit`
    pub database_count_limit: ::std::option::Option<i32>,
    /// `database_count_usage`
    pub database_count_usage: ::std::option::Option<i32>,
    /// `database_snapshot_count_limit`
    pub database_snapshot_count_limit: ::std::option::Option<i32>,
    /// `database_snapshot_count_usage`
    pub database_snapshot_count_usage: ::std::option::Option<i32>,
    /// `database_cpu_core_limit`
    pub database_cpu_core_limit: ::std::option::Option<i32>,
    /// `database_cpu_core_usage`
    pub database_cpu_core_usage: ::std::option::Option<i32>,
    /// `database_ram_mb_limit`
    pub database_ram_mb_limit: ::std::option::Option<i32>,
    /// `database_ram_mb_usage`
    pub database_ram_mb_usage: ::std::option::Option<i32>,
    /// `database_disk_gb_limit`
    pub database_disk_gb_limit: ::std::option::Option<i32>,
    /// `database_disk_gb_usage`
    pub database_disk_gb_usage: ::std::option::Option<i32>,
}
#[cfg(feature = "quota")]
impl serde::Serialize for Quota {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.default_user_id.is_some() as usize;
        len += self.default_user_email_address.is_some() as usize;
        len += self.instance_count_limit.is_some() as usize;
        len += self.instance_count_usage.is_some() as usize;
        len += self.cpu_core_limit.is_some() as usize;
        len += self.cpu_core_usage.is_some() as usize;
        len += self.ram_mb_limit.is_some() as usize;
        len += self.ram_mb_usage.is_some() as usize;
        len += self.disk_gb_limit.is_some() as usize;
        len += self.disk_gb_usage.is_some() as usize;
        len += self.disk_volume_count_limit.is_some() as usize;
        len += self.disk_volume_count_usage.is_some() as usize;
        len += self.disk_snapshot_count_limit.is_some() as usize;
        len += self.disk_snapshot_count_usage.is_some() as usize;
        len += self.public_ip_address_limit.is_some() as usize;
        len += self.public_ip_address_usage.is_some() as usize;
        len += self.subnet_count_limit.is_some() as usize;
        len += self.subnet_count_usage.is_some() as usize;
        len += self.network_count_limit.is_some() as usize;
        len += self.network_count_usage.is_some() as usize;
        len += self.security_group_limit.is_some() as usize;
        len += self.security_group_usage.is_some() as usize;
        len += self.security_group_rule_limit.is_some() as usize;
        len += self.security_group_rule_usage.is_some() as usize;
        len += self.port_count_limit.is_some() as usize;
        len += self.port_count_usage.is_some() as usize;
        len += self.loadbalancer_count_limit.is_some() as usize;
        len += self.loadbalancer_count_usage.is_some() as usize;
        len += self.objectstore_gb_limit.is_some() as usize;
        len += self.objectstore_gb_usage.is_some() as usize;
        len += self.database_count_limit.is_some() as usize;
        len += self.database_count_usage.is_some() as usize;
        len += self.database_snapshot_count_limit.is_some() as usize;
        len += self.database_snapshot_count_usage.is_some() as usize;
        len += self.database_cpu_core_limit.is_some() as usize;
        len += self.database_cpu_core_usage.is_some() as usize;
        len += self.database_ram_mb_limit.is_some() as usize;
        len += self.database_ram_mb_usage.is_some() as usize;
        len += self.database_disk_gb_limit.is_some() as usize;
        len += self.database_disk_gb_usage.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Quota", len);
        s.optional("id", &self.id);
        s.optional("default_user_id", &self.default_user_id);
        s.optional("default_user_email_address", &self.default_user_email_address);
        s.optional("instance_count_limit", &self.instance_count_limit);
        s.optional("instance_count_usage", &self.instance_count_usage);
        s.optional("cpu_core_limit", &self.cpu_core_limit);
        s.optional("cpu_core_usage", &self.cpu_core_usage);
        s.optional("ram_mb_limit", &self.ram_mb_limit);
        s.optional("ram_mb_usage", &self.ram_mb_usage);
        s.optional("disk_gb_limit", &self.disk_gb_limit);
        s.optional("disk_gb_usage", &self.disk_gb_usage);
        s.optional("disk_volume_count_limit", &self.disk_volume_count_limit);
        s.optional("disk_volume_count_usage", &self.disk_volume_count_usage);
        s.optional("disk_snapshot_count_limit", &self.disk_snapshot_count_limit);
        s.optional("disk_snapshot_count_usage", &self.disk_snapshot_count_usage);
        s.optional("public_ip_address_limit", &self.public_ip_address_limit);
        s.optional("public_ip_address_usage", &self.public_ip_address_usage);
        s.optional("subnet_count_limit", &self.subnet_count_limit);
        s.optional("subnet_count_usage", &self.subnet_count_usage);
        s.optional("network_count_limit", &self.network_count_limit);
        s.optional("network_count_usage", &self.network_count_usage);
        s.optional("security_group_limit", &self.security_group_limit);
        s.optional("security_group_usage", &self.security_group_usage);
        s.optional("security_group_rule_limit", &self.security_group_rule_limit);
        s.optional("security_group_rule_usage", &self.security_group_rule_usage);
        s.optional("port_count_limit", &self.port_count_limit);
        s.optional("port_count_usage", &self.port_count_usage);
        s.optional("loadbalancer_count_limit", &self.loadbalancer_count_limit);
        s.optional("loadbalancer_count_usage", &self.loadbalancer_count_usage);
        s.optional("objectstore_gb_limit", &self.objectstore_gb_limit);
        s.optional("objectstore_gb_usage", &self.objectstore_gb_usage);
        s.optional("database_count_limit", &self.database_count_limit);
        s.optional("database_count_usage", &self.database_count_usage);
        s.optional("database_snapshot_count_limit", &self.database_snapshot_count_limit);
        s.optional("database_snapshot_count_usage", &self.database_snapshot_count_usage);
        s.optional("database_cpu_core_limit", &self.database_cpu_core_limit);
        s.optional("database_cpu_core_usage", &self.database_cpu_core_usage);
        s.optional("database_ram_mb_limit", &self.database_ram_mb_limit);
        s.optional("database_ram_mb_usage", &self.database_ram_mb_usage);
        s.optional("database_disk_gb_limit", &self.database_disk_gb_limit);
        s.optional("database_disk_gb_usage", &self.database_disk_gb_usage);
        s.end()
    }
}
#[cfg(feature = "quota")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Quota {
    const NAME: &'static str = "Quota";
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "default_user_id",
                "default_user_email_address",
                "instance_count_limit",
                "instance_count_usage",
                "cpu_core_limit",
                "cpu_core_usage",
                "ram_mb_limit",
                "ram_mb_usage",
                "disk_gb_limit",
                "disk_gb_usage",
                "disk_volume_count_limit",
                "disk_volume_count_usage",
                "disk_snapshot_count_limit",
                "disk_snapshot_count_usage",
                "public_ip_address_limit",
                "public_ip_address_usage",
                "subnet_count_limit",
                "subnet_count_usage",
                "network_count_limit",
                "network_count_usage",
                "security_group_limit",
                "security_group_usage",
                "security_group_rule_limit",
                "security_group_rule_usage",
                "port_count_limit",
                "port_count_usage",
                "loadbalancer_count_limit",
                "loadbalancer_count_usage",
                "objectstore_gb_limit",
                "objectstore_gb_usage",
                "database_count_limit",
                "database_count_usage",
                "database_snapshot_count_limit",
                "database_snapshot_count_usage",
                "database_cpu_core_limit",
                "database_cpu_core_usage",
                "database_ram_mb_limit",
                "database_ram_mb_usage",
                "database_disk_gb_limit",
                "database_disk_gb_usage",
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
                32 => f.optional(&mut v32),
                33 => f.optional(&mut v33),
                34 => f.optional(&mut v34),
                35 => f.optional(&mut v35),
                36 => f.optional(&mut v36),
                37 => f.optional(&mut v37),
                38 => f.optional(&mut v38),
                39 => f.optional(&mut v39),
                40 => f.optional(&mut v40),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            id: v0,
            default_user_id: v1,
            default_user_email_address: v2,
            instance_count_limit: v3,
            instance_count_usage: v4,
            cpu_core_limit: v5,
            cpu_core_usage: v6,
            ram_mb_limit: v7,
            ram_mb_usage: v8,
            disk_gb_limit: v9,
            disk_gb_usage: v10,
            disk_volume_count_limit: v11,
            disk_volume_count_usage: v12,
            disk_snapshot_count_limit: v13,
            disk_snapshot_count_usage: v14,
            public_ip_address_limit: v15,
            public_ip_address_usage: v16,
            subnet_count_limit: v17,
            subnet_count_usage: v18,
            network_count_limit: v19,
            network_count_usage: v20,
            security_group_limit: v21,
            security_group_usage: v22,
            security_group_rule_limit: v23,
            security_group_rule_usage: v24,
            port_count_limit: v25,
            port_count_usage: v26,
            loadbalancer_count_limit: v27,
            loadbalancer_count_usage: v28,
            objectstore_gb_limit: v29,
            objectstore_gb_usage: v30,
            database_count_limit: v31,
            database_count_usage: v32,
            database_snapshot_count_limit: v33,
            database_snapshot_count_usage: v34,
            database_cpu_core_limit: v35,
            database_cpu_core_usage: v36,
            database_ram_mb_limit: v37,
            database_ram_mb_usage: v38,
            database_disk_gb_limit: v39,
            database_disk_gb_usage: v40,
        })
    }
}
#[cfg(feature = "quota")]
impl<'de> serde::Deserialize<'de> for Quota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "quota")]
impl Quota {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            default_user_id: ::std::option::Option::None,
            default_user_email_address: ::std::option::Option::None,
            instance_count_limit: ::std::option::Option::None,
            instance_count_usage: ::std::option::Option::None,
            cpu_core_limit: ::std::option::Option::None,
            cpu_core_usage: ::std::option::Option::None,
            ram_mb_limit: ::std::option::Option::None,
            ram_mb_usage: ::std::option::Option::None,
            disk_gb_limit: ::std::option::Option::None,
            disk_gb_usage: ::std::option::Option::None,
            disk_volume_count_limit: ::std::option::Option::None,
            disk_volume_count_usage: ::std::option::Option::None,
            disk_snapshot_count_limit: ::std::option::Option::None,
            disk_snapshot_count_usage: ::std::option::Option::None,
            public_ip_address_limit: ::std::option::Option::None,
            public_ip_address_usage: ::std::option::Option::None,
            subnet_count_limit: ::std::option::Option::None,
            subnet_count_usage: ::std::option::Option::None,
            network_count_limit: ::std::option::Option::None,
            network_count_usage: ::std::option::Option::None,
            security_group_limit: ::std::option::Option::None,
            security_group_usage: ::std::option::Option::None,
            security_group_rule_limit: ::std::option::Option::None,
            security_group_rule_usage: ::std::option::Option::None,
            port_count_limit: ::std::option::Option::None,
            port_count_usage: ::std::option::Option::None,
            loadbalancer_count_limit: ::std::option::Option::None,
            loadbalancer_count_usage: ::std::option::Option::None,
            objectstore_gb_limit: ::std::option::Option::None,
            objectstore_gb_usage: ::std::option::Option::None,
            database_count_limit: ::std::option::Option::None,
            database_count_usage: ::std::option::Option::None,
            database_snapshot_count_limit: ::std::option::Option::None,
            database_snapshot_count_usage: ::std::option::Option::None,
            database_cpu_core_limit: ::std::option::Option::None,
            database_cpu_core_usage: ::std::option::Option::None,
            database_ram_mb_limit: ::std::option::Option::None,
            database_ram_mb_usage: ::std::option::Option::None,
            database_disk_gb_limit: ::std::option::Option::None,
            database_disk_gb_usage: ::std::option::Option::None,
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
    /// Sets [`default_user_id`](Self::default_user_id).
    pub fn with_default_user_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default_user_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`default_user_email_address`](Self::default_user_email_address).
    pub fn with_default_user_email_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default_user_email_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_count_limit`](Self::instance_count_limit).
    pub fn with_instance_count_limit(mut self, value: i32) -> Self {
        self.instance_count_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instance_count_usage`](Self::instance_count_usage).
    pub fn with_instance_count_usage(mut self, value: i32) -> Self {
        self.instance_count_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cpu_core_limit`](Self::cpu_core_limit).
    pub fn with_cpu_core_limit(mut self, value: i32) -> Self {
        self.cpu_core_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cpu_core_usage`](Self::cpu_core_usage).
    pub fn with_cpu_core_usage(mut self, value: i32) -> Self {
        self.cpu_core_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`ram_mb_limit`](Self::ram_mb_limit).
    pub fn with_ram_mb_limit(mut self, value: i32) -> Self {
        self.ram_mb_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`ram_mb_usage`](Self::ram_mb_usage).
    pub fn with_ram_mb_usage(mut self, value: i32) -> Self {
        self.ram_mb_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`disk_gb_limit`](Self::disk_gb_limit).
    pub fn with_disk_gb_limit(mut self, value: i32) -> Self {
        self.disk_gb_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`disk_gb_usage`](Self::disk_gb_usage).
    pub fn with_disk_gb_usage(mut self, value: i32) -> Self {
        self.disk_gb_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`disk_volume_count_limit`](Self::disk_volume_count_limit).
    pub fn with_disk_volume_count_limit(mut self, value: i32) -> Self {
        self.disk_volume_count_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`disk_volume_count_usage`](Self::disk_volume_count_usage).
    pub fn with_disk_volume_count_usage(mut self, value: i32) -> Self {
        self.disk_volume_count_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`disk_snapshot_count_limit`](Self::disk_snapshot_count_limit).
    pub fn with_disk_snapshot_count_limit(mut self, value: i32) -> Self {
        self.disk_snapshot_count_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`disk_snapshot_count_usage`](Self::disk_snapshot_count_usage).
    pub fn with_disk_snapshot_count_usage(mut self, value: i32) -> Self {
        self.disk_snapshot_count_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`public_ip_address_limit`](Self::public_ip_address_limit).
    pub fn with_public_ip_address_limit(mut self, value: i32) -> Self {
        self.public_ip_address_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`public_ip_address_usage`](Self::public_ip_address_usage).
    pub fn with_public_ip_address_usage(mut self, value: i32) -> Self {
        self.public_ip_address_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`subnet_count_limit`](Self::subnet_count_limit).
    pub fn with_subnet_count_limit(mut self, value: i32) -> Self {
        self.subnet_count_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`subnet_count_usage`](Self::subnet_count_usage).
    pub fn with_subnet_count_usage(mut self, value: i32) -> Self {
        self.subnet_count_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`network_count_limit`](Self::network_count_limit).
    pub fn with_network_count_limit(mut self, value: i32) -> Self {
        self.network_count_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`network_count_usage`](Self::network_count_usage).
    pub fn with_network_count_usage(mut self, value: i32) -> Self {
        self.network_count_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`security_group_limit`](Self::security_group_limit).
    pub fn with_security_group_limit(mut self, value: i32) -> Self {
        self.security_group_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`security_group_usage`](Self::security_group_usage).
    pub fn with_security_group_usage(mut self, value: i32) -> Self {
        self.security_group_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`security_group_rule_limit`](Self::security_group_rule_limit).
    pub fn with_security_group_rule_limit(mut self, value: i32) -> Self {
        self.security_group_rule_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`security_group_rule_usage`](Self::security_group_rule_usage).
    pub fn with_security_group_rule_usage(mut self, value: i32) -> Self {
        self.security_group_rule_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`port_count_limit`](Self::port_count_limit).
    pub fn with_port_count_limit(mut self, value: i32) -> Self {
        self.port_count_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`port_count_usage`](Self::port_count_usage).
    pub fn with_port_count_usage(mut self, value: i32) -> Self {
        self.port_count_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`loadbalancer_count_limit`](Self::loadbalancer_count_limit).
    pub fn with_loadbalancer_count_limit(mut self, value: i32) -> Self {
        self.loadbalancer_count_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`loadbalancer_count_usage`](Self::loadbalancer_count_usage).
    pub fn with_loadbalancer_count_usage(mut self, value: i32) -> Self {
        self.loadbalancer_count_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`objectstore_gb_limit`](Self::objectstore_gb_limit).
    pub fn with_objectstore_gb_limit(mut self, value: i32) -> Self {
        self.objectstore_gb_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`objectstore_gb_usage`](Self::objectstore_gb_usage).
    pub fn with_objectstore_gb_usage(mut self, value: i32) -> Self {
        self.objectstore_gb_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`database_count_limit`](Self::database_count_limit).
    pub fn with_database_count_limit(mut self, value: i32) -> Self {
        self.database_count_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`database_count_usage`](Self::database_count_usage).
    pub fn with_database_count_usage(mut self, value: i32) -> Self {
        self.database_count_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`database_snapshot_count_limit`](Self::database_snapshot_count_limit).
    pub fn with_database_snapshot_count_limit(mut self, value: i32) -> Self {
        self.database_snapshot_count_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`database_snapshot_count_usage`](Self::database_snapshot_count_usage).
    pub fn with_database_snapshot_count_usage(mut self, value: i32) -> Self {
        self.database_snapshot_count_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`database_cpu_core_limit`](Self::database_cpu_core_limit).
    pub fn with_database_cpu_core_limit(mut self, value: i32) -> Self {
        self.database_cpu_core_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`database_cpu_core_usage`](Self::database_cpu_core_usage).
    pub fn with_database_cpu_core_usage(mut self, value: i32) -> Self {
        self.database_cpu_core_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`database_ram_mb_limit`](Self::database_ram_mb_limit).
    pub fn with_database_ram_mb_limit(mut self, value: i32) -> Self {
        self.database_ram_mb_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`database_ram_mb_usage`](Self::database_ram_mb_usage).
    pub fn with_database_ram_mb_usage(mut self, value: i32) -> Self {
        self.database_ram_mb_usage = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`database_disk_gb_limit`](Self::database_disk_gb_limit).
    pub fn with_database_disk_gb_limit(mut self, value: i32) -> Self {
        self.database_disk_gb_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`database_disk_gb_usage`](Self::database_disk_gb_usage).
    pub fn with_database_disk_gb_usage(mut self, value: i32) -> Self {
        self.database_disk_gb_usage = ::std::option::Option::Some(value);
        self
    }
}
/// Billable usage of one product over a period.
#[cfg(feature = "charges")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Charge {
    /// Product code.
    pub code: ::std::option::Option<::std::string::String>,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// `from`
    pub from: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `to`
    pub to: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// Hours billed.
    pub num_hours: ::std::option::Option<i32>,
    /// Size billed, for storage products.
    pub size_gb: ::std::option::Option<i32>,
}
#[cfg(feature = "charges")]
impl serde::Serialize for Charge {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.code.is_some() as usize;
        len += self.label.is_some() as usize;
        len += self.from.is_some() as usize;
        len += self.to.is_some() as usize;
        len += self.num_hours.is_some() as usize;
        len += self.size_gb.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Charge", len);
        s.optional("code", &self.code);
        s.optional("label", &self.label);
        s.optional("from", &self.from);
        s.optional("to", &self.to);
        s.optional("num_hours", &self.num_hours);
        s.optional("size_gb", &self.size_gb);
        s.end()
    }
}
#[cfg(feature = "charges")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Charge {
    const NAME: &'static str = "Charge";
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
            &["code", "label", "from", "to", "num_hours", "size_gb"],
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
            code: v0,
            label: v1,
            from: v2,
            to: v3,
            num_hours: v4,
            size_gb: v5,
        })
    }
}
#[cfg(feature = "charges")]
impl<'de> serde::Deserialize<'de> for Charge {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "charges")]
impl Charge {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            code: ::std::option::Option::None,
            label: ::std::option::Option::None,
            from: ::std::option::Option::None,
            to: ::std::option::Option::None,
            num_hours: ::std::option::Option::None,
            size_gb: ::std::option::Option::None,
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
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`from`](Self::from).
    pub fn with_from(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.from = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`to`](Self::to).
    pub fn with_to(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.to = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`num_hours`](Self::num_hours).
    pub fn with_num_hours(mut self, value: i32) -> Self {
        self.num_hours = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`size_gb`](Self::size_gb).
    pub fn with_size_gb(mut self, value: i32) -> Self {
        self.size_gb = ::std::option::Option::Some(value);
        self
    }
}
/// An entry of the account audit log.
#[cfg(feature = "actions")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Action {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<i64>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `updated_at`
    pub updated_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `account_id`
    pub account_id: ::std::option::Option<::std::string::String>,
    /// `user_id`
    pub user_id: ::std::option::Option<::std::string::String>,
    /// What kind of action it was.
    pub type_: ::std::option::Option<::std::string::String>,
    /// `details`
    pub details: ::std::option::Option<::std::string::String>,
    /// Resource the action concerned.
    pub related_id: ::std::option::Option<::std::string::String>,
    /// `related_type`
    pub related_type: ::std::option::Option<::std::string::String>,
    /// True for internal debug entries.
    pub debug: ::std::option::Option<bool>,
}
#[cfg(feature = "actions")]
impl serde::Serialize for Action {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.updated_at.is_some() as usize;
        len += self.account_id.is_some() as usize;
        len += self.user_id.is_some() as usize;
        len += self.type_.is_some() as usize;
        len += self.details.is_some() as usize;
        len += self.related_id.is_some() as usize;
        len += self.related_type.is_some() as usize;
        len += self.debug.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Action", len);
        s.optional("id", &self.id);
        s.optional("created_at", &self.created_at);
        s.optional("updated_at", &self.updated_at);
        s.optional("account_id", &self.account_id);
        s.optional("user_id", &self.user_id);
        s.optional("type", &self.type_);
        s.optional("details", &self.details);
        s.optional("related_id", &self.related_id);
        s.optional("related_type", &self.related_type);
        s.optional("debug", &self.debug);
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "created_at",
                "updated_at",
                "account_id",
                "user_id",
                "type",
                "details",
                "related_id",
                "related_type",
                "debug",
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
            created_at: v1,
            updated_at: v2,
            account_id: v3,
            user_id: v4,
            type_: v5,
            details: v6,
            related_id: v7,
            related_type: v8,
            debug: v9,
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
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            updated_at: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            user_id: ::std::option::Option::None,
            type_: ::std::option::Option::None,
            details: ::std::option::Option::None,
            related_id: ::std::option::Option::None,
            related_type: ::std::option::Option::None,
            debug: ::std::option::Option::None,
        }
    }
    /// Sets [`id`](Self::id).
    pub fn with_id(mut self, value: i64) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`updated_at`](Self::updated_at).
    pub fn with_updated_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.updated_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`account_id`](Self::account_id).
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`type_`](Self::type_).
    pub fn with_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`details`](Self::details).
    pub fn with_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`related_id`](Self::related_id).
    pub fn with_related_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`related_type`](Self::related_type).
    pub fn with_related_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`debug`](Self::debug).
    pub fn with_debug(mut self, value: bool) -> Self {
        self.debug = ::std::option::Option::Some(value);
        self
    }
}
/// One page of audit log entries.
#[cfg(feature = "actions")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ActionPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: ::std::vec::Vec<Action>,
}
#[cfg(feature = "actions")]
impl serde::Serialize for ActionPage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ActionPage", 4);
        s.field("page", &self.page);
        s.field("per_page", &self.per_page);
        s.field("pages", &self.pages);
        s.field("items", &self.items);
        s.end()
    }
}
#[cfg(feature = "actions")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ActionPage {
    const NAME: &'static str = "ActionPage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["page", "per_page", "pages", "items"],
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
            return cloudsdk_runtime::de::missing("page");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("per_page");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("pages");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("items");
        };
        ::std::result::Result::Ok(Self {
            page: v0,
            per_page: v1,
            pages: v2,
            items: v3,
        })
    }
}
#[cfg(feature = "actions")]
impl<'de> serde::Deserialize<'de> for ActionPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "actions")]
impl ActionPage {
    /// Builds one from its fields.
    pub fn new(
        page: i32,
        per_page: i32,
        pages: i32,
        items: ::std::vec::Vec<Action>,
    ) -> Self {
        Self {
            page,
            per_page,
            pages,
            items,
        }
    }
}
/// A Civo account.
#[cfg(any(feature = "accounts", feature = "organisation"))]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Account {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `updated_at`
    pub updated_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// `email_address`
    pub email_address: ::std::option::Option<::std::string::String>,
    /// `api_key`
    pub api_key: ::std::option::Option<::std::string::String>,
    /// `token`
    pub token: ::std::option::Option<::std::string::String>,
    /// `flags`
    pub flags: ::std::option::Option<::std::string::String>,
    /// `timezone`
    pub timezone: ::std::option::Option<::std::string::String>,
    /// `partner`
    pub partner: ::std::option::Option<::std::string::String>,
    /// `default_user_id`
    pub default_user_id: ::std::option::Option<::std::string::String>,
    /// `status`
    pub status: ::std::option::Option<::std::string::String>,
    /// `email_confirmed`
    pub email_confirmed: ::std::option::Option<bool>,
    /// `credit_card_added`
    pub credit_card_added: ::std::option::Option<bool>,
    /// `enabled`
    pub enabled: ::std::option::Option<bool>,
}
#[cfg(any(feature = "accounts", feature = "organisation"))]
impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account")
            .field("id", &self.id)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("label", &self.label)
            .field("email_address", &self.email_address)
            .field("api_key", &cloudsdk_runtime::Redacted(&self.api_key))
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .field("flags", &self.flags)
            .field("timezone", &self.timezone)
            .field("partner", &self.partner)
            .field("default_user_id", &self.default_user_id)
            .field("status", &self.status)
            .field("email_confirmed", &self.email_confirmed)
            .field("credit_card_added", &self.credit_card_added)
            .field("enabled", &self.enabled)
            .finish()
    }
}
#[cfg(any(feature = "accounts", feature = "organisation"))]
impl serde::Serialize for Account {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.updated_at.is_some() as usize;
        len += self.label.is_some() as usize;
        len += self.email_address.is_some() as usize;
        len += self.api_key.is_some() as usize;
        len += self.token.is_some() as usize;
        len += self.flags.is_some() as usize;
        len += self.timezone.is_some() as usize;
        len += self.partner.is_some() as usize;
        len += self.default_user_id.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.email_confirmed.is_some() as usize;
        len += self.credit_card_added.is_some() as usize;
        len += self.enabled.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Account", len);
        s.optional("id", &self.id);
        s.optional("created_at", &self.created_at);
        s.optional("updated_at", &self.updated_at);
        s.optional("label", &self.label);
        s.optional("email_address", &self.email_address);
        s.optional("api_key", &self.api_key);
        s.optional("token", &self.token);
        s.optional("flags", &self.flags);
        s.optional("timezone", &self.timezone);
        s.optional("partner", &self.partner);
        s.optional("default_user_id", &self.default_user_id);
        s.optional("status", &self.status);
        s.optional("email_confirmed", &self.email_confirmed);
        s.optional("credit_card_added", &self.credit_card_added);
        s.optional("enabled", &self.enabled);
        s.end()
    }
}
#[cfg(any(feature = "accounts", feature = "organisation"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Account {
    const NAME: &'static str = "Account";
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
                "id",
                "created_at",
                "updated_at",
                "label",
                "email_address",
                "api_key",
                "token",
                "flags",
                "timezone",
                "partner",
                "default_user_id",
                "status",
                "email_confirmed",
                "credit_card_added",
                "enabled",
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
            id: v0,
            created_at: v1,
            updated_at: v2,
            label: v3,
            email_address: v4,
            api_key: v5,
            token: v6,
            flags: v7,
            timezone: v8,
            partner: v9,
            default_user_id: v10,
            status: v11,
            email_confirmed: v12,
            credit_card_added: v13,
            enabled: v14,
        })
    }
}
#[cfg(any(feature = "accounts", feature = "organisation"))]
impl<'de> serde::Deserialize<'de> for Account {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "accounts", feature = "organisation"))]
impl Account {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            updated_at: ::std::option::Option::None,
            label: ::std::option::Option::None,
            email_address: ::std::option::Option::None,
            api_key: ::std::option::Option::None,
            token: ::std::option::Option::None,
            flags: ::std::option::Option::None,
            timezone: ::std::option::Option::None,
            partner: ::std::option::Option::None,
            default_user_id: ::std::option::Option::None,
            status: ::std::option::Option::None,
            email_confirmed: ::std::option::Option::None,
            credit_card_added: ::std::option::Option::None,
            enabled: ::std::option::Option::None,
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
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`updated_at`](Self::updated_at).
    pub fn with_updated_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.updated_at = ::std::option::Option::Some(value);
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
    /// Sets [`email_address`](Self::email_address).
    pub fn with_email_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`api_key`](Self::api_key).
    pub fn with_api_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api_key = ::std::option::Option::Some(value.into());
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
    /// Sets [`flags`](Self::flags).
    pub fn with_flags(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flags = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`timezone`](Self::timezone).
    pub fn with_timezone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.timezone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner`](Self::partner).
    pub fn with_partner(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`default_user_id`](Self::default_user_id).
    pub fn with_default_user_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default_user_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`email_confirmed`](Self::email_confirmed).
    pub fn with_email_confirmed(mut self, value: bool) -> Self {
        self.email_confirmed = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`credit_card_added`](Self::credit_card_added).
    pub fn with_credit_card_added(mut self, value: bool) -> Self {
        self.credit_card_added = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`enabled`](Self::enabled).
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}
/// One page of accounts.
#[cfg(feature = "accounts")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AccountPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: ::std::vec::Vec<Account>,
}
#[cfg(feature = "accounts")]
impl serde::Serialize for AccountPage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "AccountPage", 4);
        s.field("page", &self.page);
        s.field("per_page", &self.per_page);
        s.field("pages", &self.pages);
        s.field("items", &self.items);
        s.end()
    }
}
#[cfg(feature = "accounts")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AccountPage {
    const NAME: &'static str = "AccountPage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["page", "per_page", "pages", "items"],
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
            return cloudsdk_runtime::de::missing("page");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("per_page");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("pages");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("items");
        };
        ::std::result::Result::Ok(Self {
            page: v0,
            per_page: v1,
            pages: v2,
            items: v3,
        })
    }
}
#[cfg(feature = "accounts")]
impl<'de> serde::Deserialize<'de> for AccountPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "accounts")]
impl AccountPage {
    /// Builds one from its fields.
    pub fn new(
        page: i32,
        per_page: i32,
        pages: i32,
        items: ::std::vec::Vec<Account>,
    ) -> Self {
        Self {
            page,
            per_page,
            pages,
            items,
        }
    }
}
/// An organisation grouping several accounts.
#[cfg(any(feature = "accounts", feature = "organisation"))]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Organisation {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// Token other accounts use to join the organisation.
    pub token: ::std::option::Option<::std::string::String>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `updated_at`
    pub updated_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(any(feature = "accounts", feature = "organisation"))]
impl std::fmt::Debug for Organisation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Organisation")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
#[cfg(any(feature = "accounts", feature = "organisation"))]
impl serde::Serialize for Organisation {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.token.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.updated_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Organisation", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("token", &self.token);
        s.optional("created_at", &self.created_at);
        s.optional("updated_at", &self.updated_at);
        s.end()
    }
}
#[cfg(any(feature = "accounts", feature = "organisation"))]
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "name", "token", "created_at", "updated_at"],
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
            name: v1,
            token: v2,
            created_at: v3,
            updated_at: v4,
        })
    }
}
#[cfg(any(feature = "accounts", feature = "organisation"))]
impl<'de> serde::Deserialize<'de> for Organisation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "accounts", feature = "organisation"))]
impl Organisation {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            token: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            updated_at: ::std::option::Option::None,
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
    /// Sets [`token`](Self::token).
    pub fn with_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`updated_at`](Self::updated_at).
    pub fn with_updated_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.updated_at = ::std::option::Option::Some(value);
        self
    }
}
/// Name of the organisation.
#[cfg(feature = "organisation")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrganisationRequest {
    /// `name`
    pub name: ::std::string::String,
}
#[cfg(feature = "organisation")]
impl serde::Serialize for OrganisationRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "OrganisationRequest",
            1,
        );
        s.field("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "organisation")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for OrganisationRequest {
    const NAME: &'static str = "OrganisationRequest";
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
#[cfg(feature = "organisation")]
impl<'de> serde::Deserialize<'de> for OrganisationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "organisation")]
impl OrganisationRequest {
    /// Builds one from its fields.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { name: name.into() }
    }
}
/// Credentials proving the right to join an organisation.
#[cfg(feature = "organisation")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct AddOrganisationAccountRequest {
    /// `organisation_id`
    pub organisation_id: ::std::string::String,
    /// `organisation_token`
    pub organisation_token: ::std::string::String,
}
#[cfg(feature = "organisation")]
impl std::fmt::Debug for AddOrganisationAccountRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AddOrganisationAccountRequest")
            .field("organisation_id", &self.organisation_id)
            .field(
                "organisation_token",
                &cloudsdk_runtime::Redacted(&self.organisation_token),
            )
            .finish()
    }
}
#[cfg(feature = "organisation")]
impl serde::Serialize for AddOrganisationAccountRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddOrganisationAccountRequest",
            2,
        );
        s.field("organisation_id", &self.organisation_id);
        s.field("organisation_token", &self.organisation_token);
        s.end()
    }
}
#[cfg(feature = "organisation")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddOrganisationAccountRequest {
    const NAME: &'static str = "AddOrganisationAccountRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["organisation_id", "organisation_token"],
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
            return cloudsdk_runtime::de::missing("organisation_id");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("organisation_token");
        };
        ::std::result::Result::Ok(Self {
            organisation_id: v0,
            organisation_token: v1,
        })
    }
}
#[cfg(feature = "organisation")]
impl<'de> serde::Deserialize<'de> for AddOrganisationAccountRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "organisation")]
impl AddOrganisationAccountRequest {
    /// Builds one from its fields.
    pub fn new(
        organisation_id: impl ::std::convert::Into<::std::string::String>,
        organisation_token: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            organisation_id: organisation_id.into(),
            organisation_token: organisation_token.into(),
        }
    }
}
/// An account the user can act in.
#[cfg(feature = "accounts")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MembershipAccount {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `email_address`
    pub email_address: ::std::option::Option<::std::string::String>,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// `organisation_id`
    pub organisation_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "accounts")]
impl serde::Serialize for MembershipAccount {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.email_address.is_some() as usize;
        len += self.label.is_some() as usize;
        len += self.organisation_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "MembershipAccount",
            len,
        );
        s.optional("id", &self.id);
        s.optional("email_address", &self.email_address);
        s.optional("label", &self.label);
        s.optional("organisation_id", &self.organisation_id);
        s.end()
    }
}
#[cfg(feature = "accounts")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MembershipAccount {
    const NAME: &'static str = "MembershipAccount";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "email_address", "label", "organisation_id"],
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
            id: v0,
            email_address: v1,
            label: v2,
            organisation_id: v3,
        })
    }
}
#[cfg(feature = "accounts")]
impl<'de> serde::Deserialize<'de> for MembershipAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "accounts")]
impl MembershipAccount {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            email_address: ::std::option::Option::None,
            label: ::std::option::Option::None,
            organisation_id: ::std::option::Option::None,
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
    /// Sets [`email_address`](Self::email_address).
    pub fn with_email_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email_address = ::std::option::Option::Some(value.into());
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
    /// Sets [`organisation_id`](Self::organisation_id).
    pub fn with_organisation_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.organisation_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// An organisation the user belongs to.
#[cfg(feature = "accounts")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MembershipOrganisation {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "accounts")]
impl serde::Serialize for MembershipOrganisation {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "MembershipOrganisation",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "accounts")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MembershipOrganisation {
    const NAME: &'static str = "MembershipOrganisation";
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
#[cfg(feature = "accounts")]
impl<'de> serde::Deserialize<'de> for MembershipOrganisation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "accounts")]
impl MembershipOrganisation {
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
/// Accounts and organisations available to the current user.
#[cfg(feature = "accounts")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Memberships {
    /// `accounts`
    pub accounts: ::std::option::Option<::std::vec::Vec<MembershipAccount>>,
    /// `organisations`
    pub organisations: ::std::option::Option<::std::vec::Vec<MembershipOrganisation>>,
}
#[cfg(feature = "accounts")]
impl serde::Serialize for Memberships {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.accounts.is_some() as usize;
        len += self.organisations.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Memberships", len);
        s.optional("accounts", &self.accounts);
        s.optional("organisations", &self.organisations);
        s.end()
    }
}
#[cfg(feature = "accounts")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Memberships {
    const NAME: &'static str = "Memberships";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["accounts", "organisations"],
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
            accounts: v0,
            organisations: v1,
        })
    }
}
#[cfg(feature = "accounts")]
impl<'de> serde::Deserialize<'de> for Memberships {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "accounts")]
impl Memberships {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            accounts: ::std::option::Option::None,
            organisations: ::std::option::Option::None,
        }
    }
    /// Sets [`accounts`](Self::accounts).
    pub fn with_accounts(mut self, value: ::std::vec::Vec<MembershipAccount>) -> Self {
        self.accounts = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`organisations`](Self::organisations).
    pub fn with_organisations(
        mut self,
        value: ::std::vec::Vec<MembershipOrganisation>,
    ) -> Self {
        self.organisations = ::std::option::Option::Some(value);
        self
    }
}
/// A person who can sign in to Civo.
#[cfg(feature = "accounts")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct User {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `first_name`
    pub first_name: ::std::option::Option<::std::string::String>,
    /// `last_name`
    pub last_name: ::std::option::Option<::std::string::String>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `updated_at`
    pub updated_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `company_name`
    pub company_name: ::std::option::Option<::std::string::String>,
    /// `email_address`
    pub email_address: ::std::option::Option<::std::string::String>,
    /// `status`
    pub status: ::std::option::Option<::std::string::String>,
    /// `flags`
    pub flags: ::std::option::Option<::std::string::String>,
    /// `token`
    pub token: ::std::option::Option<::std::string::String>,
    /// `marketing_allowed`
    pub marketing_allowed: ::std::option::Option<i32>,
    /// `default_account_id`
    pub default_account_id: ::std::option::Option<::std::string::String>,
    /// `password_digest`
    pub password_digest: ::std::option::Option<::std::string::String>,
    /// `partner`
    pub partner: ::std::option::Option<::std::string::String>,
    /// `partner_user_id`
    pub partner_user_id: ::std::option::Option<::std::string::String>,
    /// `referral_id`
    pub referral_id: ::std::option::Option<::std::string::String>,
    /// `last_chosen_region`
    pub last_chosen_region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "accounts")]
impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User")
            .field("id", &self.id)
            .field("first_name", &self.first_name)
            .field("last_name", &self.last_name)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("company_name", &self.company_name)
            .field("email_address", &self.email_address)
            .field("status", &self.status)
            .field("flags", &self.flags)
            .field("token", &cloudsdk_runtime::Redacted(&self.token))
            .field("marketing_allowed", &self.marketing_allowed)
            .field("default_account_id", &self.default_account_id)
            .field("password_digest", &self.password_digest)
            .field("partner", &self.partner)
            .field("partner_user_id", &self.partner_user_id)
            .field("referral_id", &self.referral_id)
            .field("last_chosen_region", &self.last_chosen_region)
            .finish()
    }
}
#[cfg(feature = "accounts")]
impl serde::Serialize for User {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.first_name.is_some() as usize;
        len += self.last_name.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.updated_at.is_some() as usize;
        len += self.company_name.is_some() as usize;
        len += self.email_address.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.flags.is_some() as usize;
        len += self.token.is_some() as usize;
        len += self.marketing_allowed.is_some() as usize;
        len += self.default_account_id.is_some() as usize;
        len += self.password_digest.is_some() as usize;
        len += self.partner.is_some() as usize;
        len += self.partner_user_id.is_some() as usize;
        len += self.referral_id.is_some() as usize;
        len += self.last_chosen_region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "User", len);
        s.optional("id", &self.id);
        s.optional("first_name", &self.first_name);
        s.optional("last_name", &self.last_name);
        s.optional("created_at", &self.created_at);
        s.optional("updated_at", &self.updated_at);
        s.optional("company_name", &self.company_name);
        s.optional("email_address", &self.email_address);
        s.optional("status", &self.status);
        s.optional("flags", &self.flags);
        s.optional("token", &self.token);
        s.optional("marketing_allowed", &self.marketing_allowed);
        s.optional("default_account_id", &self.default_account_id);
        s.optional("password_digest", &self.password_digest);
        s.optional("partner", &self.partner);
        s.optional("partner_user_id", &self.partner_user_id);
        s.optional("referral_id", &self.referral_id);
        s.optional("last_chosen_region", &self.last_chosen_region);
        s.end()
    }
}
#[cfg(feature = "accounts")]
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "first_name",
                "last_name",
                "created_at",
                "updated_at",
                "company_name",
                "email_address",
                "status",
                "flags",
                "token",
                "marketing_allowed",
                "default_account_id",
                "password_digest",
                "partner",
                "partner_user_id",
                "referral_id",
                "last_chosen_region",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            id: v0,
            first_name: v1,
            last_name: v2,
            created_at: v3,
            updated_at: v4,
            company_name: v5,
            email_address: v6,
            status: v7,
            flags: v8,
            token: v9,
            marketing_allowed: v10,
            default_account_id: v11,
            password_digest: v12,
            partner: v13,
            partner_user_id: v14,
            referral_id: v15,
            last_chosen_region: v16,
        })
    }
}
#[cfg(feature = "accounts")]
impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "accounts")]
impl User {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            first_name: ::std::option::Option::None,
            last_name: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            updated_at: ::std::option::Option::None,
            company_name: ::std::option::Option::None,
            email_address: ::std::option::Option::None,
            status: ::std::option::Option::None,
            flags: ::std::option::Option::None,
            token: ::std::option::Option::None,
            marketing_allowed: ::std::option::Option::None,
            default_account_id: ::std::option::Option::None,
            password_digest: ::std::option::Option::None,
            partner: ::std::option::Option::None,
            partner_user_id: ::std::option::Option::None,
            referral_id: ::std::option::Option::None,
            last_chosen_region: ::std::option::Option::None,
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
    /// Sets [`first_name`](Self::first_name).
    pub fn with_first_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.first_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`last_name`](Self::last_name).
    pub fn with_last_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`updated_at`](Self::updated_at).
    pub fn with_updated_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.updated_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`company_name`](Self::company_name).
    pub fn with_company_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.company_name = ::std::option::Option::Some(value.into());
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
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`flags`](Self::flags).
    pub fn with_flags(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flags = ::std::option::Option::Some(value.into());
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
    /// Sets [`marketing_allowed`](Self::marketing_allowed).
    pub fn with_marketing_allowed(mut self, value: i32) -> Self {
        self.marketing_allowed = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`default_account_id`](Self::default_account_id).
    pub fn with_default_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default_account_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`password_digest`](Self::password_digest).
    pub fn with_password_digest(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password_digest = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner`](Self::partner).
    pub fn with_partner(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`partner_user_id`](Self::partner_user_id).
    pub fn with_partner_user_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_user_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`referral_id`](Self::referral_id).
    pub fn with_referral_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.referral_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`last_chosen_region`](Self::last_chosen_region).
    pub fn with_last_chosen_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_chosen_region = ::std::option::Option::Some(value.into());
        self
    }
}
/// A group of users sharing permissions within an account.
#[cfg(any(feature = "accounts", feature = "teams"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Team {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `updated_at`
    pub updated_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(any(feature = "accounts", feature = "teams"))]
impl serde::Serialize for Team {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.updated_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Team", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("created_at", &self.created_at);
        s.optional("updated_at", &self.updated_at);
        s.end()
    }
}
#[cfg(any(feature = "accounts", feature = "teams"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Team {
    const NAME: &'static str = "Team";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "name", "created_at", "updated_at"],
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
            id: v0,
            name: v1,
            created_at: v2,
            updated_at: v3,
        })
    }
}
#[cfg(any(feature = "accounts", feature = "teams"))]
impl<'de> serde::Deserialize<'de> for Team {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "accounts", feature = "teams"))]
impl Team {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            updated_at: ::std::option::Option::None,
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
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`updated_at`](Self::updated_at).
    pub fn with_updated_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.updated_at = ::std::option::Option::Some(value);
        self
    }
}
/// A named bundle of permissions.
#[cfg(any(feature = "accounts", feature = "roles"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Role {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// Comma-separated permission codes.
    pub permissions: ::std::option::Option<::std::string::String>,
    /// True for roles Civo provides.
    pub built_in: ::std::option::Option<bool>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `updated_at`
    pub updated_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(any(feature = "accounts", feature = "roles"))]
impl serde::Serialize for Role {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.permissions.is_some() as usize;
        len += self.built_in.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.updated_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Role", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("permissions", &self.permissions);
        s.optional("built_in", &self.built_in);
        s.optional("created_at", &self.created_at);
        s.optional("updated_at", &self.updated_at);
        s.end()
    }
}
#[cfg(any(feature = "accounts", feature = "roles"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Role {
    const NAME: &'static str = "Role";
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
            &["id", "name", "permissions", "built_in", "created_at", "updated_at"],
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
            id: v0,
            name: v1,
            permissions: v2,
            built_in: v3,
            created_at: v4,
            updated_at: v5,
        })
    }
}
#[cfg(any(feature = "accounts", feature = "roles"))]
impl<'de> serde::Deserialize<'de> for Role {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "accounts", feature = "roles"))]
impl Role {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            permissions: ::std::option::Option::None,
            built_in: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            updated_at: ::std::option::Option::None,
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
    /// Sets [`permissions`](Self::permissions).
    pub fn with_permissions(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.permissions = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`built_in`](Self::built_in).
    pub fn with_built_in(mut self, value: bool) -> Self {
        self.built_in = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`updated_at`](Self::updated_at).
    pub fn with_updated_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.updated_at = ::std::option::Option::Some(value);
        self
    }
}
/// A user together with every account, organisation, team and role they relate to.
#[cfg(feature = "accounts")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UserEverything {
    /// `user`
    pub user: ::std::option::Option<User>,
    /// `accounts`
    pub accounts: ::std::option::Option<::std::vec::Vec<Account>>,
    /// `organisations`
    pub organisations: ::std::option::Option<::std::vec::Vec<Organisation>>,
    /// `teams`
    pub teams: ::std::option::Option<::std::vec::Vec<Team>>,
    /// `roles`
    pub roles: ::std::option::Option<::std::vec::Vec<Role>>,
}
#[cfg(feature = "accounts")]
impl serde::Serialize for UserEverything {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.user.is_some() as usize;
        len += self.accounts.is_some() as usize;
        len += self.organisations.is_some() as usize;
        len += self.teams.is_some() as usize;
        len += self.roles.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UserEverything",
            len,
        );
        s.optional("user", &self.user);
        s.optional("accounts", &self.accounts);
        s.optional("organisations", &self.organisations);
        s.optional("teams", &self.teams);
        s.optional("roles", &self.roles);
        s.end()
    }
}
#[cfg(feature = "accounts")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UserEverything {
    const NAME: &'static str = "UserEverything";
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
            &["user", "accounts", "organisations", "teams", "roles"],
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
            user: v0,
            accounts: v1,
            organisations: v2,
            teams: v3,
            roles: v4,
        })
    }
}
#[cfg(feature = "accounts")]
impl<'de> serde::Deserialize<'de> for UserEverything {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "accounts")]
impl UserEverything {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            user: ::std::option::Option::None,
            accounts: ::std::option::Option::None,
            organisations: ::std::option::Option::None,
            teams: ::std::option::Option::None,
            roles: ::std::option::Option::None,
        }
    }
    /// Sets [`user`](Self::user).
    pub fn with_user(mut self, value: User) -> Self {
        self.user = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`accounts`](Self::accounts).
    pub fn with_accounts(mut self, value: ::std::vec::Vec<Account>) -> Self {
        self.accounts = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`organisations`](Self::organisations).
    pub fn with_organisations(mut self, value: ::std::vec::Vec<Organisation>) -> Self {
        self.organisations = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`teams`](Self::teams).
    pub fn with_teams(mut self, value: ::std::vec::Vec<Team>) -> Self {
        self.teams = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`roles`](Self::roles).
    pub fn with_roles(mut self, value: ::std::vec::Vec<Role>) -> Self {
        self.roles = ::std::option::Option::Some(value);
        self
    }
}
/// Name of the team.
#[cfg(feature = "teams")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TeamRequest {
    /// `name`
    pub name: ::std::string::String,
}
#[cfg(feature = "teams")]
impl serde::Serialize for TeamRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "TeamRequest", 1);
        s.field("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "teams")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TeamRequest {
    const NAME: &'static str = "TeamRequest";
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
#[cfg(feature = "teams")]
impl<'de> serde::Deserialize<'de> for TeamRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "teams")]
impl TeamRequest {
    /// Builds one from its fields.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { name: name.into() }
    }
}
/// A user's membership of a team.
#[cfg(feature = "teams")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TeamMember {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `team_id`
    pub team_id: ::std::option::Option<::std::string::String>,
    /// `user_id`
    pub user_id: ::std::option::Option<::std::string::String>,
    /// Comma-separated permission codes.
    pub permissions: ::std::option::Option<::std::string::String>,
    /// Comma-separated role IDs.
    pub roles: ::std::option::Option<::std::string::String>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `updated_at`
    pub updated_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(feature = "teams")]
impl serde::Serialize for TeamMember {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.team_id.is_some() as usize;
        len += self.user_id.is_some() as usize;
        len += self.permissions.is_some() as usize;
        len += self.roles.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.updated_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "TeamMember", len);
        s.optional("id", &self.id);
        s.optional("team_id", &self.team_id);
        s.optional("user_id", &self.user_id);
        s.optional("permissions", &self.permissions);
        s.optional("roles", &self.roles);
        s.optional("created_at", &self.created_at);
        s.optional("updated_at", &self.updated_at);
        s.end()
    }
}
#[cfg(feature = "teams")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for TeamMember {
    const NAME: &'static str = "TeamMember";
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
                "team_id",
                "user_id",
                "permissions",
                "roles",
                "created_at",
                "updated_at",
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
            team_id: v1,
            user_id: v2,
            permissions: v3,
            roles: v4,
            created_at: v5,
            updated_at: v6,
        })
    }
}
#[cfg(feature = "teams")]
impl<'de> serde::Deserialize<'de> for TeamMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "teams")]
impl TeamMember {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            team_id: ::std::option::Option::None,
            user_id: ::std::option::Option::None,
            permissions: ::std::option::Option::None,
            roles: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            updated_at: ::std::option::Option::None,
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
    /// Sets [`team_id`](Self::team_id).
    pub fn with_team_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.team_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`permissions`](Self::permissions).
    pub fn with_permissions(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.permissions = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`roles`](Self::roles).
    pub fn with_roles(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.roles = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`updated_at`](Self::updated_at).
    pub fn with_updated_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.updated_at = ::std::option::Option::Some(value);
        self
    }
}
/// The user to add and what they may do.
#[cfg(feature = "teams")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddTeamMemberRequest {
    /// `user_id`
    pub user_id: ::std::string::String,
    /// Comma-separated permission codes.
    pub permissions: ::std::option::Option<::std::string::String>,
    /// Comma-separated role IDs.
    pub roles: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "teams")]
impl serde::Serialize for AddTeamMemberRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.permissions.is_some() as usize;
        len += self.roles.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AddTeamMemberRequest",
            len,
        );
        s.field("user_id", &self.user_id);
        s.optional("permissions", &self.permissions);
        s.optional("roles", &self.roles);
        s.end()
    }
}
#[cfg(feature = "teams")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AddTeamMemberRequest {
    const NAME: &'static str = "AddTeamMemberRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["user_id", "permissions", "roles"],
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
            return cloudsdk_runtime::de::missing("user_id");
        };
        ::std::result::Result::Ok(Self {
            user_id: v0,
            permissions: v1,
            roles: v2,
        })
    }
}
#[cfg(feature = "teams")]
impl<'de> serde::Deserialize<'de> for AddTeamMemberRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "teams")]
impl AddTeamMemberRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(user_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            user_id: user_id.into(),
            permissions: ::std::option::Option::None,
            roles: ::std::option::Option::None,
        }
    }
    /// Sets [`permissions`](Self::permissions).
    pub fn with_permissions(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.permissions = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`roles`](Self::roles).
    pub fn with_roles(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.roles = ::std::option::Option::Some(value.into());
        self
    }
}
/// New permissions and roles of a team member.
#[cfg(feature = "teams")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateTeamMemberRequest {
    /// Comma-separated permission codes.
    pub permissions: ::std::option::Option<::std::string::String>,
    /// Comma-separated role IDs.
    pub roles: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "teams")]
impl serde::Serialize for UpdateTeamMemberRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.permissions.is_some() as usize;
        len += self.roles.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateTeamMemberRequest",
            len,
        );
        s.optional("permissions", &self.permissions);
        s.optional("roles", &self.roles);
        s.end()
    }
}
#[cfg(feature = "teams")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateTeamMemberRequest {
    const NAME: &'static str = "UpdateTeamMemberRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["permissions", "roles"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { permissions: v0, roles: v1 })
    }
}
#[cfg(feature = "teams")]
impl<'de> serde::Deserialize<'de> for UpdateTeamMemberRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "teams")]
impl UpdateTeamMemberRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            permissions: ::std::option::Option::None,
            roles: ::std::option::Option::None,
        }
    }
    /// Sets [`permissions`](Self::permissions).
    pub fn with_permissions(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.permissions = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`roles`](Self::roles).
    pub fn with_roles(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.roles = ::std::option::Option::Some(value.into());
        self
    }
}
/// A new role.
#[cfg(feature = "roles")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateRoleRequest {
    /// `name`
    pub name: ::std::string::String,
    /// Comma-separated permission codes.
    pub permissions: ::std::string::String,
}
#[cfg(feature = "roles")]
impl serde::Serialize for CreateRoleRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateRoleRequest",
            2,
        );
        s.field("name", &self.name);
        s.field("permissions", &self.permissions);
        s.end()
    }
}
#[cfg(feature = "roles")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateRoleRequest {
    const NAME: &'static str = "CreateRoleRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "permissions"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("permissions");
        };
        ::std::result::Result::Ok(Self { name: v0, permissions: v1 })
    }
}
#[cfg(feature = "roles")]
impl<'de> serde::Deserialize<'de> for CreateRoleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "roles")]
impl CreateRoleRequest {
    /// Builds one from its fields.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        permissions: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            permissions: permissions.into(),
        }
    }
}
/// A permission that can be granted.
#[cfg(feature = "roles")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Permission {
    /// `code`
    pub code: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "roles")]
impl serde::Serialize for Permission {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.code.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Permission", len);
        s.optional("code", &self.code);
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.end()
    }
}
#[cfg(feature = "roles")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Permission {
    const NAME: &'static str = "Permission";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["code", "name", "description"],
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
            code: v0,
            name: v1,
            description: v2,
        })
    }
}
#[cfg(feature = "roles")]
impl<'de> serde::Deserialize<'de> for Permission {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "roles")]
impl Permission {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            code: ::std::option::Option::None,
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
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
}
/// A URL Civo notifies when selected events happen.
#[cfg(feature = "webhooks")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Webhook {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `events`
    pub events: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
    /// Shared secret used to sign deliveries.
    pub secret: ::std::option::Option<::std::string::String>,
    /// `disabled`
    pub disabled: ::std::option::Option<bool>,
    /// Number of failed deliveries.
    pub failures: ::std::option::Option<i32>,
    /// `last_failure_reason`
    pub last_failure_reason: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "webhooks")]
impl std::fmt::Debug for Webhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Webhook")
            .field("id", &self.id)
            .field("events", &self.events)
            .field("url", &self.url)
            .field("secret", &cloudsdk_runtime::Redacted(&self.secret))
            .field("disabled", &self.disabled)
            .field("failures", &self.failures)
            .field("last_failure_reason", &self.last_failure_reason)
            .finish()
    }
}
#[cfg(feature = "webhooks")]
impl serde::Serialize for Webhook {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.events.is_some() as usize;
        len += self.url.is_some() as usize;
        len += self.secret.is_some() as usize;
        len += self.disabled.is_some() as usize;
        len += self.failures.is_some() as usize;
        len += self.last_failure_reason.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Webhook", len);
        s.optional("id", &self.id);
        s.optional("events", &self.events);
        s.optional("url", &self.url);
        s.optional("secret", &self.secret);
        s.optional("disabled", &self.disabled);
        s.optional("failures", &self.failures);
        s.optional("last_failure_reason", &self.last_failure_reason);
        s.end()
    }
}
#[cfg(feature = "webhooks")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Webhook {
    const NAME: &'static str = "Webhook";
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
                "events",
                "url",
                "secret",
                "disabled",
                "failures",
                "last_failure_reason",
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
            events: v1,
            url: v2,
            secret: v3,
            disabled: v4,
            failures: v5,
            last_failure_reason: v6,
        })
    }
}
#[cfg(feature = "webhooks")]
impl<'de> serde::Deserialize<'de> for Webhook {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "webhooks")]
impl Webhook {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            events: ::std::option::Option::None,
            url: ::std::option::Option::None,
            secret: ::std::option::Option::None,
            disabled: ::std::option::Option::None,
            failures: ::std::option::Option::None,
            last_failure_reason: ::std::option::Option::None,
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
    /// Sets [`events`](Self::events).
    pub fn with_events(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.events = ::std::option::Option::Some(value);
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
    /// Sets [`secret`](Self::secret).
    pub fn with_secret(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`disabled`](Self::disabled).
    pub fn with_disabled(mut self, value: bool) -> Self {
        self.disabled = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`failures`](Self::failures).
    pub fn with_failures(mut self, value: i32) -> Self {
        self.failures = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`last_failure_reason`](Self::last_failure_reason).
    pub fn with_last_failure_reason(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_failure_reason = ::std::option::Option::Some(value.into());
        self
    }
}
/// Webhook settings.
#[cfg(feature = "webhooks")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct WebhookRequest {
    /// Event names to deliver.
    pub events: ::std::vec::Vec<::std::string::String>,
    /// `url`
    pub url: ::std::string::String,
    /// `secret`
    pub secret: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "webhooks")]
impl std::fmt::Debug for WebhookRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookRequest")
            .field("events", &self.events)
            .field("url", &self.url)
            .field("secret", &cloudsdk_runtime::Redacted(&self.secret))
            .finish()
    }
}
#[cfg(feature = "webhooks")]
impl serde::Serialize for WebhookRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.secret.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "WebhookRequest",
            len,
        );
        s.field("events", &self.events);
        s.field("url", &self.url);
        s.optional("secret", &self.secret);
        s.end()
    }
}
#[cfg(feature = "webhooks")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for WebhookRequest {
    const NAME: &'static str = "WebhookRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["events", "url", "secret"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("events");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("url");
        };
        ::std::result::Result::Ok(Self {
            events: v0,
            url: v1,
            secret: v2,
        })
    }
}
#[cfg(feature = "webhooks")]
impl<'de> serde::Deserialize<'de> for WebhookRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "webhooks")]
impl WebhookRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        events: ::std::vec::Vec<::std::string::String>,
        url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            events,
            url: url.into(),
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
/// A hardware size for instances, Kubernetes nodes or databases.
#[cfg(feature = "sizes")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InstanceSize {
    /// What the size is for, e.g. `instance`, `kubernetes`, `database`.
    pub type_: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::string::String,
    /// `nice_name`
    pub nice_name: ::std::option::Option<::std::string::String>,
    /// `cpu_cores`
    pub cpu_cores: ::std::option::Option<i32>,
    /// `gpu_count`
    pub gpu_count: ::std::option::Option<i32>,
    /// `gpu_type`
    pub gpu_type: ::std::option::Option<::std::string::String>,
    /// `ram_mb`
    pub ram_mb: ::std::option::Option<i32>,
    /// `disk_gb`
    pub disk_gb: ::std::option::Option<i32>,
    /// `transfer_tb`
    pub transfer_tb: ::std::option::Option<i32>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// Whether the size can be chosen today.
    pub selectable: ::std::option::Option<bool>,
}
#[cfg(feature = "sizes")]
impl serde::Serialize for InstanceSize {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.type_.is_some() as usize;
        len += self.nice_name.is_some() as usize;
        len += self.cpu_cores.is_some() as usize;
        len += self.gpu_count.is_some() as usize;
        len += self.gpu_type.is_some() as usize;
        len += self.ram_mb.is_some() as usize;
        len += self.disk_gb.is_some() as usize;
        len += self.transfer_tb.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.selectable.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "InstanceSize", len);
        s.optional("type", &self.type_);
        s.field("name", &self.name);
        s.optional("nice_name", &self.nice_name);
        s.optional("cpu_cores", &self.cpu_cores);
        s.optional("gpu_count", &self.gpu_count);
        s.optional("gpu_type", &self.gpu_type);
        s.optional("ram_mb", &self.ram_mb);
        s.optional("disk_gb", &self.disk_gb);
        s.optional("transfer_tb", &self.transfer_tb);
        s.optional("description", &self.description);
        s.optional("selectable", &self.selectable);
        s.end()
    }
}
#[cfg(feature = "sizes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstanceSize {
    const NAME: &'static str = "InstanceSize";
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
                "type",
                "name",
                "nice_name",
                "cpu_cores",
                "gpu_count",
                "gpu_type",
                "ram_mb",
                "disk_gb",
                "transfer_tb",
                "description",
                "selectable",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
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
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            type_: v0,
            name: v1,
            nice_name: v2,
            cpu_cores: v3,
            gpu_count: v4,
            gpu_type: v5,
            ram_mb: v6,
            disk_gb: v7,
            transfer_tb: v8,
            description: v9,
            selectable: v10,
        })
    }
}
#[cfg(feature = "sizes")]
impl<'de> serde::Deserialize<'de> for InstanceSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "sizes")]
impl InstanceSize {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            type_: ::std::option::Option::None,
            name: name.into(),
            nice_name: ::std::option::Option::None,
            cpu_cores: ::std::option::Option::None,
            gpu_count: ::std::option::Option::None,
            gpu_type: ::std::option::Option::None,
            ram_mb: ::std::option::Option::None,
            disk_gb: ::std::option::Option::None,
            transfer_tb: ::std::option::Option::None,
            description: ::std::option::Option::None,
            selectable: ::std::option::Option::None,
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
    /// Sets [`nice_name`](Self::nice_name).
    pub fn with_nice_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nice_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cpu_cores`](Self::cpu_cores).
    pub fn with_cpu_cores(mut self, value: i32) -> Self {
        self.cpu_cores = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`gpu_count`](Self::gpu_count).
    pub fn with_gpu_count(mut self, value: i32) -> Self {
        self.gpu_count = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`gpu_type`](Self::gpu_type).
    pub fn with_gpu_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gpu_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ram_mb`](Self::ram_mb).
    pub fn with_ram_mb(mut self, value: i32) -> Self {
        self.ram_mb = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`disk_gb`](Self::disk_gb).
    pub fn with_disk_gb(mut self, value: i32) -> Self {
        self.disk_gb = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`transfer_tb`](Self::transfer_tb).
    pub fn with_transfer_tb(mut self, value: i32) -> Self {
        self.transfer_tb = ::std::option::Option::Some(value);
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
    /// Sets [`selectable`](Self::selectable).
    pub fn with_selectable(mut self, value: bool) -> Self {
        self.selectable = ::std::option::Option::Some(value);
        self
    }
}
/// An operating system image instances can boot from.
#[cfg(feature = "disk-images")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DiskImage {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::string::String,
    /// `name`
    pub name: ::std::string::String,
    /// `version`
    pub version: ::std::option::Option<::std::string::String>,
    /// `initial_user`
    pub initial_user: ::std::option::Option<::std::string::String>,
    /// `distribution`
    pub distribution: ::std::option::Option<::std::string::String>,
    /// `os`
    pub os: ::std::option::Option<::std::string::String>,
    /// `disk_image_url`
    pub disk_image_url: ::std::option::Option<::std::string::String>,
    /// `disk_image_size_bytes`
    pub disk_image_size_bytes: ::std::option::Option<i64>,
    /// `logo_url`
    pub logo_url: ::std::option::Option<::std::string::String>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `created_by`
    pub created_by: ::std::option::Option<::std::string::String>,
    /// True for the default image of its distribution.
    pub distribution_default: ::std::option::Option<bool>,
    /// e.g. `available`.
    pub state: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "disk-images")]
impl serde::Serialize for DiskImage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.version.is_some() as usize;
        len += self.initial_user.is_some() as usize;
        len += self.distribution.is_some() as usize;
        len += self.os.is_some() as usize;
        len += self.disk_image_url.is_some() as usize;
        len += self.disk_image_size_bytes.is_some() as usize;
        len += self.logo_url.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.created_by.is_some() as usize;
        len += self.distribution_default.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.label.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "DiskImage", len);
        s.field("id", &self.id);
        s.field("name", &self.name);
        s.optional("version", &self.version);
        s.optional("initial_user", &self.initial_user);
        s.optional("distribution", &self.distribution);
        s.optional("os", &self.os);
        s.optional("disk_image_url", &self.disk_image_url);
        s.optional("disk_image_size_bytes", &self.disk_image_size_bytes);
        s.optional("logo_url", &self.logo_url);
        s.optional("created_at", &self.created_at);
        s.optional("created_by", &self.created_by);
        s.optional("distribution_default", &self.distribution_default);
        s.optional("state", &self.state);
        s.optional("description", &self.description);
        s.optional("label", &self.label);
        s.end()
    }
}
#[cfg(feature = "disk-images")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DiskImage {
    const NAME: &'static str = "DiskImage";
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
                "id",
                "name",
                "version",
                "initial_user",
                "distribution",
                "os",
                "disk_image_url",
                "disk_image_size_bytes",
                "logo_url",
                "created_at",
                "created_by",
                "distribution_default",
                "state",
                "description",
                "label",
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
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            id: v0,
            name: v1,
            version: v2,
            initial_user: v3,
            distribution: v4,
            os: v5,
            disk_image_url: v6,
            disk_image_size_bytes: v7,
            logo_url: v8,
            created_at: v9,
            created_by: v10,
            distribution_default: v11,
            state: v12,
            description: v13,
            label: v14,
        })
    }
}
#[cfg(feature = "disk-images")]
impl<'de> serde::Deserialize<'de> for DiskImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "disk-images")]
impl DiskImage {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            version: ::std::option::Option::None,
            initial_user: ::std::option::Option::None,
            distribution: ::std::option::Option::None,
            os: ::std::option::Option::None,
            disk_image_url: ::std::option::Option::None,
            disk_image_size_bytes: ::std::option::Option::None,
            logo_url: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            created_by: ::std::option::Option::None,
            distribution_default: ::std::option::Option::None,
            state: ::std::option::Option::None,
            description: ::std::option::Option::None,
            label: ::std::option::Option::None,
        }
    }
    /// Sets [`version`](Self::version).
    pub fn with_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`initial_user`](Self::initial_user).
    pub fn with_initial_user(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.initial_user = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`distribution`](Self::distribution).
    pub fn with_distribution(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.distribution = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`os`](Self::os).
    pub fn with_os(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.os = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`disk_image_url`](Self::disk_image_url).
    pub fn with_disk_image_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_image_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`disk_image_size_bytes`](Self::disk_image_size_bytes).
    pub fn with_disk_image_size_bytes(mut self, value: i64) -> Self {
        self.disk_image_size_bytes = ::std::option::Option::Some(value);
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
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_by`](Self::created_by).
    pub fn with_created_by(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_by = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`distribution_default`](Self::distribution_default).
    pub fn with_distribution_default(mut self, value: bool) -> Self {
        self.distribution_default = ::std::option::Option::Some(value);
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
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
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
}
/// Metadata of a custom image about to be uploaded.
#[cfg(feature = "disk-images")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateDiskImageRequest {
    /// `name`
    pub name: ::std::string::String,
    /// `distribution`
    pub distribution: ::std::string::String,
    /// `version`
    pub version: ::std::string::String,
    /// Where the image comes from.
    pub source: ::std::string::String,
    /// `os`
    pub os: ::std::option::Option<::std::string::String>,
    /// `initial_user`
    pub initial_user: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
    /// SHA-256 checksum of the image file.
    pub image_sha256: ::std::string::String,
    /// MD5 checksum of the image file.
    pub image_md5: ::std::string::String,
    /// Logo, base64-encoded.
    pub logo_base64: ::std::option::Option<::std::string::String>,
    /// `image_size_bytes`
    pub image_size_bytes: i64,
}
#[cfg(feature = "disk-images")]
impl serde::Serialize for CreateDiskImageRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 7;
        len += self.os.is_some() as usize;
        len += self.initial_user.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.logo_base64.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateDiskImageRequest",
            len,
        );
        s.field("name", &self.name);
        s.field("distribution", &self.distribution);
        s.field("version", &self.version);
        s.field("source", &self.source);
        s.optional("os", &self.os);
        s.optional("initial_user", &self.initial_user);
        s.optional("region", &self.region);
        s.field("image_sha256", &self.image_sha256);
        s.field("image_md5", &self.image_md5);
        s.optional("logo_base64", &self.logo_base64);
        s.field("image_size_bytes", &self.image_size_bytes);
        s.end()
    }
}
#[cfg(feature = "disk-images")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateDiskImageRequest {
    const NAME: &'static str = "CreateDiskImageRequest";
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
                "distribution",
                "version",
                "source",
                "os",
                "initial_user",
                "region",
                "image_sha256",
                "image_md5",
                "logo_base64",
                "image_size_bytes",
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
                6 => f.optional(&mut v6),
                7 => f.value(&mut v7),
                8 => f.value(&mut v8),
                9 => f.optional(&mut v9),
                10 => f.value(&mut v10),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("distribution");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("version");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("source");
        };
        let ::std::option::Option::Some(v7) = v7 else {
            return cloudsdk_runtime::de::missing("image_sha256");
        };
        let ::std::option::Option::Some(v8) = v8 else {
            return cloudsdk_runtime::de::missing("image_md5");
        };
        let ::std::option::Option::Some(v10) = v10 else {
            return cloudsdk_runtime::de::missing("image_size_bytes");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            distribution: v1,
            version: v2,
            source: v3,
            os: v4,
            initial_user: v5,
            region: v6,
            image_sha256: v7,
            image_md5: v8,
            logo_base64: v9,
            image_size_bytes: v10,
        })
    }
}
#[cfg(feature = "disk-images")]
impl<'de> serde::Deserialize<'de> for CreateDiskImageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "disk-images")]
impl CreateDiskImageRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        distribution: impl ::std::convert::Into<::std::string::String>,
        version: impl ::std::convert::Into<::std::string::String>,
        source: impl ::std::convert::Into<::std::string::String>,
        image_sha256: impl ::std::convert::Into<::std::string::String>,
        image_md5: impl ::std::convert::Into<::std::string::String>,
        image_size_bytes: i64,
    ) -> Self {
        Self {
            name: name.into(),
            distribution: distribution.into(),
            version: version.into(),
            source: source.into(),
            os: ::std::option::Option::None,
            initial_user: ::std::option::Option::None,
            region: ::std::option::Option::None,
            image_sha256: image_sha256.into(),
            image_md5: image_md5.into(),
            logo_base64: ::std::option::Option::None,
            image_size_bytes,
        }
    }
    /// Sets [`os`](Self::os).
    pub fn with_os(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.os = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`initial_user`](Self::initial_user).
    pub fn with_initial_user(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.initial_user = ::std::option::Option::Some(value.into());
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
    /// Sets [`logo_base64`](Self::logo_base64).
    pub fn with_logo_base64(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logo_base64 = ::std::option::Option::Some(value.into());
        self
    }
}
/// A custom image record waiting for its upload.
#[cfg(feature = "disk-images")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreatedDiskImage {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::string::String,
    /// `name`
    pub name: ::std::string::String,
    /// `version`
    pub version: ::std::option::Option<::std::string::String>,
    /// `initial_user`
    pub initial_user: ::std::option::Option<::std::string::String>,
    /// `distribution`
    pub distribution: ::std::option::Option<::std::string::String>,
    /// `os`
    pub os: ::std::option::Option<::std::string::String>,
    /// Where to upload the image file.
    pub disk_image_url: ::std::option::Option<::std::string::String>,
    /// `disk_image_size_bytes`
    pub disk_image_size_bytes: ::std::option::Option<i64>,
    /// `logo_url`
    pub logo_url: ::std::option::Option<::std::string::String>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `created_by`
    pub created_by: ::std::option::Option<::std::string::String>,
    /// True for the default image of its distribution.
    pub distribution_default: ::std::option::Option<bool>,
    /// `region`
    pub region: ::std::option::Option<::std::string::String>,
    /// `status`
    pub status: ::std::option::Option<::std::string::String>,
    /// `image_size`
    pub image_size: ::std::option::Option<i64>,
}
#[cfg(feature = "disk-images")]
impl serde::Serialize for CreatedDiskImage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.version.is_some() as usize;
        len += self.initial_user.is_some() as usize;
        len += self.distribution.is_some() as usize;
        len += self.os.is_some() as usize;
        len += self.disk_image_url.is_some() as usize;
        len += self.disk_image_size_bytes.is_some() as usize;
        len += self.logo_url.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.created_by.is_some() as usize;
        len += self.distribution_default.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.image_size.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreatedDiskImage",
            len,
        );
        s.field("id", &self.id);
        s.field("name", &self.name);
        s.optional("version", &self.version);
        s.optional("initial_user", &self.initial_user);
        s.optional("distribution", &self.distribution);
        s.optional("os", &self.os);
        s.optional("disk_image_url", &self.disk_image_url);
        s.optional("disk_image_size_bytes", &self.disk_image_size_bytes);
        s.optional("logo_url", &self.logo_url);
        s.optional("created_at", &self.created_at);
        s.optional("created_by", &self.created_by);
        s.optional("distribution_default", &self.distribution_default);
        s.optional("region", &self.region);
        s.optional("status", &self.status);
        s.optional("image_size", &self.image_size);
        s.end()
    }
}
#[cfg(feature = "disk-images")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreatedDiskImage {
    const NAME: &'static str = "CreatedDiskImage";
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
                "id",
                "name",
                "version",
                "initial_user",
                "distribution",
                "os",
                "disk_image_url",
                "disk_image_size_bytes",
                "logo_url",
                "created_at",
                "created_by",
                "distribution_default",
                "region",
                "status",
                "image_size",
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
            return cloudsdk_runtime::de::missing("id");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            id: v0,
            name: v1,
            version: v2,
            initial_user: v3,
            distribution: v4,
            os: v5,
            disk_image_url: v6,
            disk_image_size_bytes: v7,
            logo_url: v8,
            created_at: v9,
            created_by: v10,
            distribution_default: v11,
            region: v12,
            status: v13,
            image_size: v14,
        })
    }
}
#[cfg(feature = "disk-images")]
impl<'de> serde::Deserialize<'de> for CreatedDiskImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "disk-images")]
impl CreatedDiskImage {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            version: ::std::option::Option::None,
            initial_user: ::std::option::Option::None,
            distribution: ::std::option::Option::None,
            os: ::std::option::Option::None,
            disk_image_url: ::std::option::Option::None,
            disk_image_size_bytes: ::std::option::Option::None,
            logo_url: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            created_by: ::std::option::Option::None,
            distribution_default: ::std::option::Option::None,
            region: ::std::option::Option::None,
            status: ::std::option::Option::None,
            image_size: ::std::option::Option::None,
        }
    }
    /// Sets [`version`](Self::version).
    pub fn with_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`initial_user`](Self::initial_user).
    pub fn with_initial_user(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.initial_user = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`distribution`](Self::distribution).
    pub fn with_distribution(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.distribution = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`os`](Self::os).
    pub fn with_os(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.os = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`disk_image_url`](Self::disk_image_url).
    pub fn with_disk_image_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_image_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`disk_image_size_bytes`](Self::disk_image_size_bytes).
    pub fn with_disk_image_size_bytes(mut self, value: i64) -> Self {
        self.disk_image_size_bytes = ::std::option::Option::Some(value);
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
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_by`](Self::created_by).
    pub fn with_created_by(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_by = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`distribution_default`](Self::distribution_default).
    pub fn with_distribution_default(mut self, value: bool) -> Self {
        self.distribution_default = ::std::option::Option::Some(value);
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
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`image_size`](Self::image_size).
    pub fn with_image_size(mut self, value: i64) -> Self {
        self.image_size = ::std::option::Option::Some(value);
        self
    }
}
/// A volume attached to an instance.
#[cfg(any(feature = "instances", feature = "kubernetes"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AttachedVolume {
    /// `id`
    pub id: ::std::string::String,
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl serde::Serialize for AttachedVolume {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "AttachedVolume", 1);
        s.field("id", &self.id);
        s.end()
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AttachedVolume {
    const NAME: &'static str = "AttachedVolume";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("id");
        };
        ::std::result::Result::Ok(Self { id: v0 })
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl<'de> serde::Deserialize<'de> for AttachedVolume {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl AttachedVolume {
    /// Builds one from its fields.
    pub fn new(id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { id: id.into() }
    }
}
/// Keeps instances with the given tags together or apart.
#[cfg(any(feature = "instances", feature = "kubernetes"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AffinityRule {
    /// e.g. `affinity` or `anti-affinity`.
    pub type_: ::std::option::Option<::std::string::String>,
    /// `exclusive`
    pub exclusive: ::std::option::Option<bool>,
    /// `tags`
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl serde::Serialize for AffinityRule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.type_.is_some() as usize;
        len += self.exclusive.is_some() as usize;
        len += self.tags.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "AffinityRule", len);
        s.optional("type", &self.type_);
        s.optional("exclusive", &self.exclusive);
        s.optional("tags", &self.tags);
        s.end()
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AffinityRule {
    const NAME: &'static str = "AffinityRule";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["type", "exclusive", "tags"],
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
            exclusive: v1,
            tags: v2,
        })
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl<'de> serde::Deserialize<'de> for AffinityRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl AffinityRule {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: ::std::option::Option::None,
            exclusive: ::std::option::Option::None,
            tags: ::std::option::Option::None,
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
    /// Sets [`exclusive`](Self::exclusive).
    pub fn with_exclusive(mut self, value: bool) -> Self {
        self.exclusive = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}
/// Constraints on where an instance is scheduled.
#[cfg(any(feature = "instances", feature = "kubernetes"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PlacementRule {
    /// `affinity_rules`
    pub affinity_rules: ::std::option::Option<::std::vec::Vec<AffinityRule>>,
    /// Required node labels.
    pub node_selector: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl serde::Serialize for PlacementRule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.affinity_rules.is_some() as usize;
        len += self.node_selector.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "PlacementRule", len);
        s.optional("affinity_rules", &self.affinity_rules);
        s.optional("node_selector", &self.node_selector);
        s.end()
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PlacementRule {
    const NAME: &'static str = "PlacementRule";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["affinity_rules", "node_selector"],
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
            affinity_rules: v0,
            node_selector: v1,
        })
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl<'de> serde::Deserialize<'de> for PlacementRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl PlacementRule {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            affinity_rules: ::std::option::Option::None,
            node_selector: ::std::option::Option::None,
        }
    }
    /// Sets [`affinity_rules`](Self::affinity_rules).
    pub fn with_affinity_rules(mut self, value: ::std::vec::Vec<AffinityRule>) -> Self {
        self.affinity_rules = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`node_selector`](Self::node_selector).
    pub fn with_node_selector(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.node_selector = ::std::option::Option::Some(value);
        self
    }
}
/// A subnet of a private network.
#[cfg(
    any(
        feature = "instances",
        feature = "kubernetes",
        feature = "networks",
        feature = "vpc-networks"
    )
)]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Subnet {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// `subnet_size`
    pub subnet_size: ::std::option::Option<::std::string::String>,
    /// `status`
    pub status: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(
        feature = "instances",
        feature = "kubernetes",
        feature = "networks",
        feature = "vpc-networks"
    )
)]
impl serde::Serialize for Subnet {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.subnet_size.is_some() as usize;
        len += self.status.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Subnet", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("network_id", &self.network_id);
        s.optional("subnet_size", &self.subnet_size);
        s.optional("status", &self.status);
        s.end()
    }
}
#[cfg(
    any(
        feature = "instances",
        feature = "kubernetes",
        feature = "networks",
        feature = "vpc-networks"
    )
)]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Subnet {
    const NAME: &'static str = "Subnet";
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
            &["id", "name", "network_id", "subnet_size", "status"],
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
            name: v1,
            network_id: v2,
            subnet_size: v3,
            status: v4,
        })
    }
}
#[cfg(
    any(
        feature = "instances",
        feature = "kubernetes",
        feature = "networks",
        feature = "vpc-networks"
    )
)]
impl<'de> serde::Deserialize<'de> for Subnet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(
    any(
        feature = "instances",
        feature = "kubernetes",
        feature = "networks",
        feature = "vpc-networks"
    )
)]
impl Subnet {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            subnet_size: ::std::option::Option::None,
            status: ::std::option::Option::None,
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
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`subnet_size`](Self::subnet_size).
    pub fn with_subnet_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// A virtual machine.
#[cfg(any(feature = "instances", feature = "kubernetes"))]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Instance {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::string::String,
    /// `hostname`
    pub hostname: ::std::option::Option<::std::string::String>,
    /// `reverse_dns`
    pub reverse_dns: ::std::option::Option<::std::string::String>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// `region`
    pub region: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// `private_ip`
    pub private_ip: ::std::option::Option<::std::string::String>,
    /// `public_ip`
    pub public_ip: ::std::option::Option<::std::string::String>,
    /// `ipv6`
    pub ipv6: ::std::option::Option<::std::string::String>,
    /// `pseudo_ip`
    pub pseudo_ip: ::std::option::Option<::std::string::String>,
    /// `subnets`
    pub subnets: ::std::option::Option<::std::vec::Vec<Subnet>>,
    /// `diskimage` or `snapshot`.
    pub source_type: ::std::option::Option<::std::string::String>,
    /// Disk image or snapshot the instance was built from.
    pub source_id: ::std::option::Option<::std::string::String>,
    /// `template_id`
    pub template_id: ::std::option::Option<::std::string::String>,
    /// `snapshot_id`
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `openstack_image_id`
    pub openstack_image_id: ::std::option::Option<::std::string::String>,
    /// `openstack_server_id`
    pub openstack_server_id: ::std::option::Option<::std::string::String>,
    /// `initial_user`
    pub initial_user: ::std::option::Option<::std::string::String>,
    /// `initial_password`
    pub initial_password: ::std::option::Option<::std::string::String>,
    /// `ssh_key`
    pub ssh_key: ::std::option::Option<::std::string::String>,
    /// `ssh_key_id`
    pub ssh_key_id: ::std::option::Option<::std::string::String>,
    /// Upper-case state, e.g. `BUILDING`, `ACTIVE`, `SHUTOFF`.
    pub status: ::std::option::Option<::std::string::String>,
    /// `notes`
    pub notes: ::std::option::Option<::std::string::String>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `tags`
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Cloud-init user data.
    pub script: ::std::option::Option<::std::string::String>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `cpu_cores`
    pub cpu_cores: ::std::option::Option<i32>,
    /// `ram_mb`
    pub ram_mb: ::std::option::Option<i32>,
    /// `disk_gb`
    pub disk_gb: ::std::option::Option<i32>,
    /// `gpu_count`
    pub gpu_count: ::std::option::Option<i32>,
    /// `gpu_type`
    pub gpu_type: ::std::option::Option<::std::string::String>,
    /// `volume_backed`
    pub volume_backed: ::std::option::Option<bool>,
    /// `volume_type`
    pub volume_type: ::std::option::Option<::std::string::String>,
    /// `attached_volumes`
    pub attached_volumes: ::std::option::Option<::std::vec::Vec<AttachedVolume>>,
    /// `reserved_ip_id`
    pub reserved_ip_id: ::std::option::Option<::std::string::String>,
    /// `reserved_ip_name`
    pub reserved_ip_name: ::std::option::Option<::std::string::String>,
    /// `reserved_ip`
    pub reserved_ip: ::std::option::Option<::std::string::String>,
    /// `placement_rule`
    pub placement_rule: ::std::option::Option<PlacementRule>,
    /// `network_bandwidth_limit`
    pub network_bandwidth_limit: ::std::option::Option<i32>,
    /// `allowed_ips`
    pub allowed_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `rescue_password`
    pub rescue_password: ::std::option::Option<::std::string::String>,
    /// `civostatsd_token`
    pub civostatsd_token: ::std::option::Option<::std::string::String>,
    /// `civostatsd_stats`
    pub civostatsd_stats: ::std::option::Option<::std::string::String>,
    /// `civostatsd_stats_per_minute`
    pub civostatsd_stats_per_minute: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// `civostatsd_stats_per_hour`
    pub civostatsd_stats_per_hour: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Instance")
            .field("id", &self.id)
            .field("hostname", &self.hostname)
            .field("reverse_dns", &self.reverse_dns)
            .field("size", &self.size)
            .field("region", &self.region)
            .field("network_id", &self.network_id)
            .field("private_ip", &self.private_ip)
            .field("public_ip", &self.public_ip)
            .field("ipv6", &self.ipv6)
            .field("pseudo_ip", &self.pseudo_ip)
            .field("subnets", &self.subnets)
            .field("source_type", &self.source_type)
            .field("source_id", &self.source_id)
            .field("template_id", &self.template_id)
            .field("snapshot_id", &self.snapshot_id)
            .field("openstack_image_id", &self.openstack_image_id)
            .field("openstack_server_id", &self.openstack_server_id)
            .field("initial_user", &self.initial_user)
            .field(
                "initial_password",
                &cloudsdk_runtime::Redacted(&self.initial_password),
            )
            .field("ssh_key", &self.ssh_key)
            .field("ssh_key_id", &self.ssh_key_id)
            .field("status", &self.status)
            .field("notes", &self.notes)
            .field("firewall_id", &self.firewall_id)
            .field("tags", &self.tags)
            .field("script", &self.script)
            .field("created_at", &self.created_at)
            .field("cpu_cores", &self.cpu_cores)
            .field("ram_mb", &self.ram_mb)
            .field("disk_gb", &self.disk_gb)
            .field("gpu_count", &self.gpu_count)
            .field("gpu_type", &self.gpu_type)
            .field("volume_backed", &self.volume_backed)
            .field("volume_type", &self.volume_type)
            .field("attached_volumes", &self.attached_volumes)
            .field("reserved_ip_id", &self.reserved_ip_id)
            .field("reserved_ip_name", &self.reserved_ip_name)
            .field("reserved_ip", &self.reserved_ip)
            .field("placement_rule", &self.placement_rule)
            .field("network_bandwidth_limit", &self.network_bandwidth_limit)
            .field("allowed_ips", &self.allowed_ips)
            .field("rescue_password", &cloudsdk_runtime::Redacted(&self.rescue_password))
            .field(
                "civostatsd_token",
                &cloudsdk_runtime::Redacted(&self.civostatsd_token),
            )
            .field("civostatsd_stats", &self.civostatsd_stats)
            .field("civostatsd_stats_per_minute", &self.civostatsd_stats_per_minute)
            .field("civostatsd_stats_per_hour", &self.civostatsd_stats_per_hour)
            .finish()
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl serde::Serialize for Instance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.hostname.is_some() as usize;
        len += self.reverse_dns.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.private_ip.is_some() as usize;
        len += self.public_ip.is_some() as usize;
        len += self.ipv6.is_some() as usize;
        len += self.pseudo_ip.is_some() as usize;
        len += self.subnets.is_some() as usize;
        len += self.source_type.is_some() as usize;
        len += self.source_id.is_some() as usize;
        len += self.template_id.is_some() as usize;
        len += self.snapshot_id.is_some() as usize;
        len += self.openstack_image_id.is_some() as usize;
        len += self.openstack_server_id.is_some() as usize;
        len += self.initial_user.is_some() as usize;
        len += self.initial_password.is_some() as usize;
        len += self.ssh_key.is_some() as usize;
        len += self.ssh_key_id.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.notes.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.script.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.cpu_cores.is_some() as usize;
        len += self.ram_mb.is_some() as usize;
        len += self.disk_gb.is_some() as usize;
        len += self.gpu_count.is_some() as usize;
        len += self.gpu_type.is_some() as usize;
        len += self.volume_backed.is_some() as usize;
        len += self.volume_type.is_some() as usize;
        len += self.attached_volumes.is_some() as usize;
        len += self.reserved_ip_id.is_some() as usize;
        len += self.reserved_ip_name.is_some() as usize;
        len += self.reserved_ip.is_some() as usize;
        len += self.placement_rule.is_some() as usize;
        len += self.network_bandwidth_limit.is_some() as usize;
        len += self.allowed_ips.is_some() as usize;
        len += self.rescue_password.is_some() as usize;
        len += self.civostatsd_token.is_some() as usize;
        len += self.civostatsd_stats.is_some() as usize;
        len += self.civostatsd_stats_per_minute.is_some() as usize;
        len += self.civostatsd_stats_per_hour.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Instance", len);
        s.field("id", &self.id);
        s.optional("hostname", &self.hostname);
        s.optional("reverse_dns", &self.reverse_dns);
        s.optional("size", &self.size);
        s.optional("region", &self.region);
        s.optional("network_id", &self.network_id);
        s.optional("private_ip", &self.private_ip);
        s.optional("public_ip", &self.public_ip);
        s.optional("ipv6", &self.ipv6);
        s.optional("pseudo_ip", &self.pseudo_ip);
        s.optional("subnets", &self.subnets);
        s.optional("source_type", &self.source_type);
        s.optional("source_id", &self.source_id);
        s.optional("template_id", &self.template_id);
        s.optional("snapshot_id", &self.snapshot_id);
        s.optional("openstack_image_id", &self.openstack_image_id);
        s.optional("openstack_server_id", &self.openstack_server_id);
        s.optional("initial_user", &self.initial_user);
        s.optional("initial_password", &self.initial_password);
        s.optional("ssh_key", &self.ssh_key);
        s.optional("ssh_key_id", &self.ssh_key_id);
        s.optional("status", &self.status);
        s.optional("notes", &self.notes);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("tags", &self.tags);
        s.optional("script", &self.script);
        s.optional("created_at", &self.created_at);
        s.optional("cpu_cores", &self.cpu_cores);
        s.optional("ram_mb", &self.ram_mb);
        s.optional("disk_gb", &self.disk_gb);
        s.optional("gpu_count", &self.gpu_count);
        s.optional("gpu_type", &self.gpu_type);
        s.optional("volume_backed", &self.volume_backed);
        s.optional("volume_type", &self.volume_type);
        s.optional("attached_volumes", &self.attached_volumes);
        s.optional("reserved_ip_id", &self.reserved_ip_id);
        s.optional("reserved_ip_name", &self.reserved_ip_name);
        s.optional("reserved_ip", &self.reserved_ip);
        s.optional("placement_rule", &self.placement_rule);
        s.optional("network_bandwidth_limit", &self.network_bandwidth_limit);
        s.optional("allowed_ips", &self.allowed_ips);
        s.optional("rescue_password", &self.rescue_password);
        s.optional("civostatsd_token", &self.civostatsd_token);
        s.optional("civostatsd_stats", &self.civostatsd_stats);
        s.optional("civostatsd_stats_per_minute", &self.civostatsd_stats_per_minute);
        s.optional("civostatsd_stats_per_hour", &self.civostatsd_stats_per_hour);
        s.end()
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "hostname",
                "reverse_dns",
                "size",
                "region",
                "network_id",
                "private_ip",
                "public_ip",
                "ipv6",
                "pseudo_ip",
                "subnets",
                "source_type",
                "source_id",
                "template_id",
                "snapshot_id",
                "openstack_image_id",
                "openstack_server_id",
                "initial_user",
                "initial_password",
                "ssh_key",
                "ssh_key_id",
                "status",
                "notes",
                "firewall_id",
                "tags",
                "script",
                "created_at",
                "cpu_cores",
                "ram_mb",
                "disk_gb",
                "gpu_count",
                "gpu_type",
                "volume_backed",
                "volume_type",
                "attached_volumes",
                "reserved_ip_id",
                "reserved_ip_name",
                "reserved_ip",
                "placement_rule",
                "network_bandwidth_limit",
                "allowed_ips",
                "rescue_password",
                "civostatsd_token",
                "civostatsd_stats",
                "civostatsd_stats_per_minute",
                "civostatsd_stats_per_hour",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("id");
        };
        ::std::result::Result::Ok(Self {
            id: v0,
            hostname: v1,
            reverse_dns: v2,
            size: v3,
            region: v4,
            network_id: v5,
            private_ip: v6,
            public_ip: v7,
            ipv6: v8,
            pseudo_ip: v9,
            subnets: v10,
            source_type: v11,
            source_id: v12,
            template_id: v13,
            snapshot_id: v14,
            openstack_image_id: v15,
            openstack_server_id: v16,
            initial_user: v17,
            initial_password: v18,
            ssh_key: v19,
            ssh_key_id: v20,
            status: v21,
            notes: v22,
            firewall_id: v23,
            tags: v24,
            script: v25,
            created_at: v26,
            cpu_cores: v27,
            ram_mb: v28,
            disk_gb: v29,
            gpu_count: v30,
            gpu_type: v31,
            volume_backed: v32,
            volume_type: v33,
            attached_volumes: v34,
            reserved_ip_id: v35,
            reserved_ip_name: v36,
            reserved_ip: v37,
            placement_rule: v38,
            network_bandwidth_limit: v39,
            allowed_ips: v40,
            rescue_password: v41,
            civostatsd_token: v42,
            civostatsd_stats: v43,
            civostatsd_stats_per_minute: v44,
            civostatsd_stats_per_hour: v45,
        })
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl<'de> serde::Deserialize<'de> for Instance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "instances", feature = "kubernetes"))]
impl Instance {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            id: id.into(),
            hostname: ::std::option::Option::None,
            reverse_dns: ::std::option::Option::None,
            size: ::std::option::Option::None,
            region: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            private_ip: ::std::option::Option::None,
            public_ip: ::std::option::Option::None,
            ipv6: ::std::option::Option::None,
            pseudo_ip: ::std::option::Option::None,
            subnets: ::std::option::Option::None,
            source_type: ::std::option::Option::None,
            source_id: ::std::option::Option::None,
            template_id: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
            openstack_image_id: ::std::option::Option::None,
            openstack_server_id: ::std::option::Option::None,
            initial_user: ::std::option::Option::None,
            initial_password: ::std::option::Option::None,
            ssh_key: ::std::option::Option::None,
            ssh_key_id: ::std::option::Option::None,
            status: ::std::option::Option::None,
            notes: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            script: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            cpu_cores: ::std::option::Option::None,
            ram_mb: ::std::option::Option::None,
            disk_gb: ::std::option::Option::None,
            gpu_count: ::std::option::Option::None,
            gpu_type: ::std::option::Option::None,
            volume_backed: ::std::option::Option::None,
            volume_type: ::std::option::Option::None,
            attached_volumes: ::std::option::Option::None,
            reserved_ip_id: ::std::option::Option::None,
            reserved_ip_name: ::std::option::Option::None,
            reserved_ip: ::std::option::Option::None,
            placement_rule: ::std::option::Option::None,
            network_bandwidth_limit: ::std::option::Option::None,
            allowed_ips: ::std::option::Option::None,
            rescue_password: ::std::option::Option::None,
            civostatsd_token: ::std::option::Option::None,
            civostatsd_stats: ::std::option::Option::None,
            civostatsd_stats_per_minute: ::std::option::Option::None,
            civostatsd_stats_per_hour: ::std::option::Option::None,
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
    /// Sets [`reverse_dns`](Self::reverse_dns).
    pub fn with_reverse_dns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reverse_dns = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
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
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`public_ip`](Self::public_ip).
    pub fn with_public_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ipv6`](Self::ipv6).
    pub fn with_ipv6(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pseudo_ip`](Self::pseudo_ip).
    pub fn with_pseudo_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pseudo_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`subnets`](Self::subnets).
    pub fn with_subnets(mut self, value: ::std::vec::Vec<Subnet>) -> Self {
        self.subnets = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`source_type`](Self::source_type).
    pub fn with_source_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`source_id`](Self::source_id).
    pub fn with_source_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`template_id`](Self::template_id).
    pub fn with_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`snapshot_id`](Self::snapshot_id).
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`openstack_image_id`](Self::openstack_image_id).
    pub fn with_openstack_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.openstack_image_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`openstack_server_id`](Self::openstack_server_id).
    pub fn with_openstack_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.openstack_server_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`initial_user`](Self::initial_user).
    pub fn with_initial_user(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.initial_user = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`initial_password`](Self::initial_password).
    pub fn with_initial_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.initial_password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ssh_key`](Self::ssh_key).
    pub fn with_ssh_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ssh_key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ssh_key_id`](Self::ssh_key_id).
    pub fn with_ssh_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ssh_key_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`notes`](Self::notes).
    pub fn with_notes(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.notes = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`script`](Self::script).
    pub fn with_script(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.script = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cpu_cores`](Self::cpu_cores).
    pub fn with_cpu_cores(mut self, value: i32) -> Self {
        self.cpu_cores = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`ram_mb`](Self::ram_mb).
    pub fn with_ram_mb(mut self, value: i32) -> Self {
        self.ram_mb = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`disk_gb`](Self::disk_gb).
    pub fn with_disk_gb(mut self, value: i32) -> Self {
        self.disk_gb = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`gpu_count`](Self::gpu_count).
    pub fn with_gpu_count(mut self, value: i32) -> Self {
        self.gpu_count = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`gpu_type`](Self::gpu_type).
    pub fn with_gpu_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gpu_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`volume_backed`](Self::volume_backed).
    pub fn with_volume_backed(mut self, value: bool) -> Self {
        self.volume_backed = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`volume_type`](Self::volume_type).
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`attached_volumes`](Self::attached_volumes).
    pub fn with_attached_volumes(
        mut self,
        value: ::std::vec::Vec<AttachedVolume>,
    ) -> Self {
        self.attached_volumes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`reserved_ip_id`](Self::reserved_ip_id).
    pub fn with_reserved_ip_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reserved_ip_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`reserved_ip_name`](Self::reserved_ip_name).
    pub fn with_reserved_ip_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reserved_ip_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`reserved_ip`](Self::reserved_ip).
    pub fn with_reserved_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reserved_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`placement_rule`](Self::placement_rule).
    pub fn with_placement_rule(mut self, value: PlacementRule) -> Self {
        self.placement_rule = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`network_bandwidth_limit`](Self::network_bandwidth_limit).
    pub fn with_network_bandwidth_limit(mut self, value: i32) -> Self {
        self.network_bandwidth_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`allowed_ips`](Self::allowed_ips).
    pub fn with_allowed_ips(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.allowed_ips = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`rescue_password`](Self::rescue_password).
    pub fn with_rescue_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rescue_password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`civostatsd_token`](Self::civostatsd_token).
    pub fn with_civostatsd_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.civostatsd_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`civostatsd_stats`](Self::civostatsd_stats).
    pub fn with_civostatsd_stats(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.civostatsd_stats = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`civostatsd_stats_per_minute`](Self::civostatsd_stats_per_minute).
    pub fn with_civostatsd_stats_per_minute(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.civostatsd_stats_per_minute = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`civostatsd_stats_per_hour`](Self::civostatsd_stats_per_hour).
    pub fn with_civostatsd_stats_per_hour(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.civostatsd_stats_per_hour = ::std::option::Option::Some(value);
        self
    }
}
/// One page of instances.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InstancePage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: ::std::vec::Vec<Instance>,
}
#[cfg(feature = "instances")]
impl serde::Serialize for InstancePage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "InstancePage", 4);
        s.field("page", &self.page);
        s.field("per_page", &self.per_page);
        s.field("pages", &self.pages);
        s.field("items", &self.items);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstancePage {
    const NAME: &'static str = "InstancePage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["page", "per_page", "pages", "items"],
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
            return cloudsdk_runtime::de::missing("page");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("per_page");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("pages");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("items");
        };
        ::std::result::Result::Ok(Self {
            page: v0,
            per_page: v1,
            pages: v2,
            items: v3,
        })
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for InstancePage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl InstancePage {
    /// Builds one from its fields.
    pub fn new(
        page: i32,
        per_page: i32,
        pages: i32,
        items: ::std::vec::Vec<Instance>,
    ) -> Self {
        Self {
            page,
            per_page,
            pages,
            items,
        }
    }
}
/// Settings of new instances; the server applies defaults for anything left out.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateInstanceRequest {
    /// How many identical instances to create.
    ///
    /// Defaults to `1` when left out.
    pub count: ::std::option::Option<i32>,
    /// `hostname`
    pub hostname: ::std::option::Option<::std::string::String>,
    /// `reverse_dns`
    pub reverse_dns: ::std::option::Option<::std::string::String>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
    /// `"true"` or `"false"` (a string): whether to give the instance a public address.
    pub public_ip: ::std::option::Option<::std::string::String>,
    /// Reserved IP to use as the public address.
    pub reserved_ipv4: ::std::option::Option<::std::string::String>,
    /// `private_ipv4`
    pub private_ipv4: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// `template_id`
    pub template_id: ::std::option::Option<::std::string::String>,
    /// `diskimage` or `snapshot`.
    pub source_type: ::std::option::Option<::std::string::String>,
    /// Disk image or snapshot to boot from.
    pub source_id: ::std::option::Option<::std::string::String>,
    /// `snapshot_id`
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// Subnet IDs to attach.
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `initial_user`
    pub initial_user: ::std::option::Option<::std::string::String>,
    /// `ssh_key_id`
    pub ssh_key_id: ::std::option::Option<::std::string::String>,
    /// Cloud-init user data.
    pub script: ::std::option::Option<::std::string::String>,
    /// Space-separated tags.
    pub tags: ::std::option::Option<::std::string::String>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `volume_type`
    pub volume_type: ::std::option::Option<::std::string::String>,
    /// `attached_volumes`
    pub attached_volumes: ::std::option::Option<::std::vec::Vec<AttachedVolume>>,
    /// `placement_rule`
    pub placement_rule: ::std::option::Option<PlacementRule>,
    /// `network_bandwidth_limit`
    pub network_bandwidth_limit: ::std::option::Option<i32>,
    /// `allowed_ips`
    pub allowed_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "instances")]
impl serde::Serialize for CreateInstanceRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.count.is_some() as usize;
        len += self.hostname.is_some() as usize;
        len += self.reverse_dns.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.public_ip.is_some() as usize;
        len += self.reserved_ipv4.is_some() as usize;
        len += self.private_ipv4.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.template_id.is_some() as usize;
        len += self.source_type.is_some() as usize;
        len += self.source_id.is_some() as usize;
        len += self.snapshot_id.is_some() as usize;
        len += self.subnets.is_some() as usize;
        len += self.initial_user.is_some() as usize;
        len += self.ssh_key_id.is_some() as usize;
        len += self.script.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.volume_type.is_some() as usize;
        len += self.attached_volumes.is_some() as usize;
        len += self.placement_rule.is_some() as usize;
        len += self.network_bandwidth_limit.is_some() as usize;
        len += self.allowed_ips.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateInstanceRequest",
            len,
        );
        s.optional("count", &self.count);
        s.optional("hostname", &self.hostname);
        s.optional("reverse_dns", &self.reverse_dns);
        s.optional("size", &self.size);
        s.optional("region", &self.region);
        s.optional("public_ip", &self.public_ip);
        s.optional("reserved_ipv4", &self.reserved_ipv4);
        s.optional("private_ipv4", &self.private_ipv4);
        s.optional("network_id", &self.network_id);
        s.optional("template_id", &self.template_id);
        s.optional("source_type", &self.source_type);
        s.optional("source_id", &self.source_id);
        s.optional("snapshot_id", &self.snapshot_id);
        s.optional("subnets", &self.subnets);
        s.optional("initial_user", &self.initial_user);
        s.optional("ssh_key_id", &self.ssh_key_id);
        s.optional("script", &self.script);
        s.optional("tags", &self.tags);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("volume_type", &self.volume_type);
        s.optional("attached_volumes", &self.attached_volumes);
        s.optional("placement_rule", &self.placement_rule);
        s.optional("network_bandwidth_limit", &self.network_bandwidth_limit);
        s.optional("allowed_ips", &self.allowed_ips);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateInstanceRequest {
    const NAME: &'static str = "CreateInstanceRequest";
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "count",
                "hostname",
                "reverse_dns",
                "size",
                "region",
                "public_ip",
                "reserved_ipv4",
                "private_ipv4",
                "network_id",
                "template_id",
                "source_type",
                "source_id",
                "snapshot_id",
                "subnets",
                "initial_user",
                "ssh_key_id",
                "script",
                "tags",
                "firewall_id",
                "volume_type",
                "attached_volumes",
                "placement_rule",
                "network_bandwidth_limit",
                "allowed_ips",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            count: v0,
            hostname: v1,
            reverse_dns: v2,
            size: v3,
            region: v4,
            public_ip: v5,
            reserved_ipv4: v6,
            private_ipv4: v7,
            network_id: v8,
            template_id: v9,
            source_type: v10,
            source_id: v11,
            snapshot_id: v12,
            subnets: v13,
            initial_user: v14,
            ssh_key_id: v15,
            script: v16,
            tags: v17,
            firewall_id: v18,
            volume_type: v19,
            attached_volumes: v20,
            placement_rule: v21,
            network_bandwidth_limit: v22,
            allowed_ips: v23,
        })
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for CreateInstanceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl CreateInstanceRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            count: ::std::option::Option::None,
            hostname: ::std::option::Option::None,
            reverse_dns: ::std::option::Option::None,
            size: ::std::option::Option::None,
            region: ::std::option::Option::None,
            public_ip: ::std::option::Option::None,
            reserved_ipv4: ::std::option::Option::None,
            private_ipv4: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            template_id: ::std::option::Option::None,
            source_type: ::std::option::Option::None,
            source_id: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
            subnets: ::std::option::Option::None,
            initial_user: ::std::option::Option::None,
            ssh_key_id: ::std::option::Option::None,
            script: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            volume_type: ::std::option::Option::None,
            attached_volumes: ::std::option::Option::None,
            placement_rule: ::std::option::Option::None,
            network_bandwidth_limit: ::std::option::Option::None,
            allowed_ips: ::std::option::Option::None,
        }
    }
    /// Sets [`count`](Self::count).
    pub fn with_count(mut self, value: i32) -> Self {
        self.count = ::std::option::Option::Some(value);
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
    /// Sets [`reverse_dns`](Self::reverse_dns).
    pub fn with_reverse_dns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reverse_dns = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
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
    /// Sets [`public_ip`](Self::public_ip).
    pub fn with_public_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`reserved_ipv4`](Self::reserved_ipv4).
    pub fn with_reserved_ipv4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reserved_ipv4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`private_ipv4`](Self::private_ipv4).
    pub fn with_private_ipv4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ipv4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`template_id`](Self::template_id).
    pub fn with_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`source_type`](Self::source_type).
    pub fn with_source_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`source_id`](Self::source_id).
    pub fn with_source_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`snapshot_id`](Self::snapshot_id).
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`subnets`](Self::subnets).
    pub fn with_subnets(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.subnets = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`initial_user`](Self::initial_user).
    pub fn with_initial_user(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.initial_user = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ssh_key_id`](Self::ssh_key_id).
    pub fn with_ssh_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ssh_key_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`script`](Self::script).
    pub fn with_script(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.script = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`volume_type`](Self::volume_type).
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`attached_volumes`](Self::attached_volumes).
    pub fn with_attached_volumes(
        mut self,
        value: ::std::vec::Vec<AttachedVolume>,
    ) -> Self {
        self.attached_volumes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`placement_rule`](Self::placement_rule).
    pub fn with_placement_rule(mut self, value: PlacementRule) -> Self {
        self.placement_rule = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`network_bandwidth_limit`](Self::network_bandwidth_limit).
    pub fn with_network_bandwidth_limit(mut self, value: i32) -> Self {
        self.network_bandwidth_limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`allowed_ips`](Self::allowed_ips).
    pub fn with_allowed_ips(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.allowed_ips = ::std::option::Option::Some(value);
        self
    }
}
/// Instance fields to change.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateInstanceRequest {
    /// `hostname`
    pub hostname: ::std::option::Option<::std::string::String>,
    /// `reverse_dns`
    pub reverse_dns: ::std::option::Option<::std::string::String>,
    /// `notes`
    pub notes: ::std::option::Option<::std::string::String>,
    /// Set to clear the notes.
    pub notes_delete: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
    /// `"true"` or `"false"`.
    pub public_ip: ::std::option::Option<::std::string::String>,
    /// `subnets`
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "instances")]
impl serde::Serialize for UpdateInstanceRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.hostname.is_some() as usize;
        len += self.reverse_dns.is_some() as usize;
        len += self.notes.is_some() as usize;
        len += self.notes_delete.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.public_ip.is_some() as usize;
        len += self.subnets.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateInstanceRequest",
            len,
        );
        s.optional("hostname", &self.hostname);
        s.optional("reverse_dns", &self.reverse_dns);
        s.optional("notes", &self.notes);
        s.optional("notes_delete", &self.notes_delete);
        s.optional("region", &self.region);
        s.optional("public_ip", &self.public_ip);
        s.optional("subnets", &self.subnets);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateInstanceRequest {
    const NAME: &'static str = "UpdateInstanceRequest";
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
                "hostname",
                "reverse_dns",
                "notes",
                "notes_delete",
                "region",
                "public_ip",
                "subnets",
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
            hostname: v0,
            reverse_dns: v1,
            notes: v2,
            notes_delete: v3,
            region: v4,
            public_ip: v5,
            subnets: v6,
        })
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for UpdateInstanceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl UpdateInstanceRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            hostname: ::std::option::Option::None,
            reverse_dns: ::std::option::Option::None,
            notes: ::std::option::Option::None,
            notes_delete: ::std::option::Option::None,
            region: ::std::option::Option::None,
            public_ip: ::std::option::Option::None,
            subnets: ::std::option::Option::None,
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
    /// Sets [`reverse_dns`](Self::reverse_dns).
    pub fn with_reverse_dns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reverse_dns = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`notes`](Self::notes).
    pub fn with_notes(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.notes = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`notes_delete`](Self::notes_delete).
    pub fn with_notes_delete(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.notes_delete = ::std::option::Option::Some(value.into());
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
    /// Sets [`public_ip`](Self::public_ip).
    pub fn with_public_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`subnets`](Self::subnets).
    pub fn with_subnets(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.subnets = ::std::option::Option::Some(value);
        self
    }
}
/// Replacement tag list.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetInstanceTagsRequest {
    /// Space-separated tags.
    pub tags: ::std::string::String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl serde::Serialize for SetInstanceTagsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "SetInstanceTagsRequest",
            len,
        );
        s.field("tags", &self.tags);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SetInstanceTagsRequest {
    const NAME: &'static str = "SetInstanceTagsRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["tags", "region"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("tags");
        };
        ::std::result::Result::Ok(Self { tags: v0, region: v1 })
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for SetInstanceTagsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl SetInstanceTagsRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(tags: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            tags: tags.into(),
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// The size to move to.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResizeInstanceRequest {
    /// `size`
    pub size: ::std::string::String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl serde::Serialize for ResizeInstanceRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ResizeInstanceRequest",
            len,
        );
        s.field("size", &self.size);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ResizeInstanceRequest {
    const NAME: &'static str = "ResizeInstanceRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["size", "region"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("size");
        };
        ::std::result::Result::Ok(Self { size: v0, region: v1 })
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for ResizeInstanceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl ResizeInstanceRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(size: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            size: size.into(),
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// The firewall to apply.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SetInstanceFirewallRequest {
    /// `firewall_id`
    pub firewall_id: ::std::string::String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl serde::Serialize for SetInstanceFirewallRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "SetInstanceFirewallRequest",
            len,
        );
        s.field("firewall_id", &self.firewall_id);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SetInstanceFirewallRequest {
    const NAME: &'static str = "SetInstanceFirewallRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["firewall_id", "region"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("firewall_id");
        };
        ::std::result::Result::Ok(Self {
            firewall_id: v0,
            region: v1,
        })
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for SetInstanceFirewallRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl SetInstanceFirewallRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(firewall_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            firewall_id: firewall_id.into(),
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// Addresses the instance may use.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateAllowedIpsRequest {
    /// `allowed_ips`
    pub allowed_ips: ::std::vec::Vec<::std::string::String>,
}
#[cfg(feature = "instances")]
impl serde::Serialize for UpdateAllowedIpsRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateAllowedIpsRequest",
            1,
        );
        s.field("allowed_ips", &self.allowed_ips);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateAllowedIpsRequest {
    const NAME: &'static str = "UpdateAllowedIpsRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["allowed_ips"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("allowed_ips");
        };
        ::std::result::Result::Ok(Self { allowed_ips: v0 })
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for UpdateAllowedIpsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl UpdateAllowedIpsRequest {
    /// Builds one from its fields.
    pub fn new(allowed_ips: ::std::vec::Vec<::std::string::String>) -> Self {
        Self { allowed_ips }
    }
}
/// New bandwidth cap.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateBandwidthLimitRequest {
    /// Limit in Mbit/s; 0 removes it.
    pub network_bandwidth_limit: i32,
}
#[cfg(feature = "instances")]
impl serde::Serialize for UpdateBandwidthLimitRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateBandwidthLimitRequest",
            1,
        );
        s.field("network_bandwidth_limit", &self.network_bandwidth_limit);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateBandwidthLimitRequest {
    const NAME: &'static str = "UpdateBandwidthLimitRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["network_bandwidth_limit"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("network_bandwidth_limit");
        };
        ::std::result::Result::Ok(Self {
            network_bandwidth_limit: v0,
        })
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for UpdateBandwidthLimitRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl UpdateBandwidthLimitRequest {
    /// Builds one from its fields.
    pub fn new(network_bandwidth_limit: i32) -> Self {
        Self { network_bandwidth_limit }
    }
}
/// A console session that was opened.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VncSession {
    /// Browser URL of the console.
    pub uri: ::std::option::Option<::std::string::String>,
    /// How long it stays open.
    pub duration: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl serde::Serialize for VncSession {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.uri.is_some() as usize;
        len += self.duration.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "VncSession", len);
        s.optional("uri", &self.uri);
        s.optional("duration", &self.duration);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VncSession {
    const NAME: &'static str = "VncSession";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["uri", "duration"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { uri: v0, duration: v1 })
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for VncSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl VncSession {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            uri: ::std::option::Option::None,
            duration: ::std::option::Option::None,
        }
    }
    /// Sets [`uri`](Self::uri).
    pub fn with_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uri = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`duration`](Self::duration).
    pub fn with_duration(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.duration = ::std::option::Option::Some(value.into());
        self
    }
}
/// The console session currently open.
#[cfg(feature = "instances")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VncStatus {
    /// `uri`
    pub uri: ::std::option::Option<::std::string::String>,
    /// When it closes.
    pub expiration: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "instances")]
impl serde::Serialize for VncStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.uri.is_some() as usize;
        len += self.expiration.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "VncStatus", len);
        s.optional("uri", &self.uri);
        s.optional("expiration", &self.expiration);
        s.end()
    }
}
#[cfg(feature = "instances")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VncStatus {
    const NAME: &'static str = "VncStatus";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["uri", "expiration"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { uri: v0, expiration: v1 })
    }
}
#[cfg(feature = "instances")]
impl<'de> serde::Deserialize<'de> for VncStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instances")]
impl VncStatus {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            uri: ::std::option::Option::None,
            expiration: ::std::option::Option::None,
        }
    }
    /// Sets [`uri`](Self::uri).
    pub fn with_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.uri = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`expiration`](Self::expiration).
    pub fn with_expiration(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expiration = ::std::option::Option::Some(value.into());
        self
    }
}
/// State of one volume inside a snapshot.
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SnapshotVolumeState {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `state`
    pub state: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl serde::Serialize for SnapshotVolumeState {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.state.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "SnapshotVolumeState",
            len,
        );
        s.optional("id", &self.id);
        s.optional("state", &self.state);
        s.end()
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SnapshotVolumeState {
    const NAME: &'static str = "SnapshotVolumeState";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "state"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { id: v0, state: v1 })
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl<'de> serde::Deserialize<'de> for SnapshotVolumeState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl SnapshotVolumeState {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            state: ::std::option::Option::None,
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
    /// Sets [`state`](Self::state).
    pub fn with_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
}
/// Progress of a snapshot.
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SnapshotStatus {
    /// `state`
    pub state: ::std::option::Option<::std::string::String>,
    /// `volumes`
    pub volumes: ::std::option::Option<::std::vec::Vec<SnapshotVolumeState>>,
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl serde::Serialize for SnapshotStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.state.is_some() as usize;
        len += self.volumes.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "SnapshotStatus",
            len,
        );
        s.optional("state", &self.state);
        s.optional("volumes", &self.volumes);
        s.end()
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SnapshotStatus {
    const NAME: &'static str = "SnapshotStatus";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["state", "volumes"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { state: v0, volumes: v1 })
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl<'de> serde::Deserialize<'de> for SnapshotStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl SnapshotStatus {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            state: ::std::option::Option::None,
            volumes: ::std::option::Option::None,
        }
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`volumes`](Self::volumes).
    pub fn with_volumes(mut self, value: ::std::vec::Vec<SnapshotVolumeState>) -> Self {
        self.volumes = ::std::option::Option::Some(value);
        self
    }
}
/// A point-in-time copy of an instance, optionally with its volumes.
#[cfg(feature = "instance-snapshots")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceSnapshot {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `included_volumes`
    pub included_volumes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `status`
    pub status: ::std::option::Option<SnapshotStatus>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(feature = "instance-snapshots")]
impl serde::Serialize for InstanceSnapshot {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.included_volumes.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.created_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "InstanceSnapshot",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("included_volumes", &self.included_volumes);
        s.optional("status", &self.status);
        s.optional("created_at", &self.created_at);
        s.end()
    }
}
#[cfg(feature = "instance-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstanceSnapshot {
    const NAME: &'static str = "InstanceSnapshot";
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
            &["id", "name", "description", "included_volumes", "status", "created_at"],
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
            id: v0,
            name: v1,
            description: v2,
            included_volumes: v3,
            status: v4,
            created_at: v5,
        })
    }
}
#[cfg(feature = "instance-snapshots")]
impl<'de> serde::Deserialize<'de> for InstanceSnapshot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instance-snapshots")]
impl InstanceSnapshot {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            included_volumes: ::std::option::Option::None,
            status: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
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
    /// Sets [`included_volumes`](Self::included_volumes).
    pub fn with_included_volumes(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.included_volumes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(mut self, value: SnapshotStatus) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
}
/// Name and description of the snapshot.
#[cfg(feature = "instance-snapshots")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateInstanceSnapshotRequest {
    /// `name`
    pub name: ::std::string::String,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "instance-snapshots")]
impl serde::Serialize for CreateInstanceSnapshotRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.description.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateInstanceSnapshotRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("description", &self.description);
        s.end()
    }
}
#[cfg(feature = "instance-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateInstanceSnapshotRequest {
    const NAME: &'static str = "CreateInstanceSnapshotRequest";
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
#[cfg(feature = "instance-snapshots")]
impl<'de> serde::Deserialize<'de> for CreateInstanceSnapshotRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instance-snapshots")]
impl CreateInstanceSnapshotRequest {
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
/// Snapshot fields to change.
#[cfg(feature = "instance-snapshots")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateInstanceSnapshotRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "instance-snapshots")]
impl serde::Serialize for UpdateInstanceSnapshotRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateInstanceSnapshotRequest",
            len,
        );
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.end()
    }
}
#[cfg(feature = "instance-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateInstanceSnapshotRequest {
    const NAME: &'static str = "UpdateInstanceSnapshotRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "description"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { name: v0, description: v1 })
    }
}
#[cfg(feature = "instance-snapshots")]
impl<'de> serde::Deserialize<'de> for UpdateInstanceSnapshotRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instance-snapshots")]
impl UpdateInstanceSnapshotRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
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
}
/// How to restore an instance snapshot.
#[cfg(feature = "instance-snapshots")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RestoreInstanceSnapshotRequest {
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `hostname`
    pub hostname: ::std::option::Option<::std::string::String>,
    /// `private_ipv4`
    pub private_ipv4: ::std::option::Option<::std::string::String>,
    /// Restore onto the original instance instead of a new one.
    pub overwrite_existing: ::std::option::Option<bool>,
}
#[cfg(feature = "instance-snapshots")]
impl serde::Serialize for RestoreInstanceSnapshotRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.description.is_some() as usize;
        len += self.hostname.is_some() as usize;
        len += self.private_ipv4.is_some() as usize;
        len += self.overwrite_existing.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "RestoreInstanceSnapshotRequest",
            len,
        );
        s.optional("description", &self.description);
        s.optional("hostname", &self.hostname);
        s.optional("private_ipv4", &self.private_ipv4);
        s.optional("overwrite_existing", &self.overwrite_existing);
        s.end()
    }
}
#[cfg(feature = "instance-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RestoreInstanceSnapshotRequest {
    const NAME: &'static str = "RestoreInstanceSnapshotRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["description", "hostname", "private_ipv4", "overwrite_existing"],
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
            hostname: v1,
            private_ipv4: v2,
            overwrite_existing: v3,
        })
    }
}
#[cfg(feature = "instance-snapshots")]
impl<'de> serde::Deserialize<'de> for RestoreInstanceSnapshotRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "instance-snapshots")]
impl RestoreInstanceSnapshotRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            description: ::std::option::Option::None,
            hostname: ::std::option::Option::None,
            private_ipv4: ::std::option::Option::None,
            overwrite_existing: ::std::option::Option::None,
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
    /// Sets [`hostname`](Self::hostname).
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`private_ipv4`](Self::private_ipv4).
    pub fn with_private_ipv4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ipv4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`overwrite_existing`](Self::overwrite_existing).
    pub fn with_overwrite_existing(mut self, value: bool) -> Self {
        self.overwrite_existing = ::std::option::Option::Some(value);
        self
    }
}
/// Progress of a restore.
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RestoreStatus {
    /// `state`
    pub state: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl serde::Serialize for RestoreStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.state.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "RestoreStatus", len);
        s.optional("state", &self.state);
        s.end()
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RestoreStatus {
    const NAME: &'static str = "RestoreStatus";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["state"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { state: v0 })
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl<'de> serde::Deserialize<'de> for RestoreStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl RestoreStatus {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            state: ::std::option::Option::None,
        }
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
}
/// A restore job started from a snapshot.
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceRestoreInfo {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `hostname`
    pub hostname: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `from_snapshot`
    pub from_snapshot: ::std::option::Option<::std::string::String>,
    /// `private_ipv4`
    pub private_ipv4: ::std::option::Option<::std::string::String>,
    /// `overwrite_existing`
    pub overwrite_existing: ::std::option::Option<bool>,
    /// `status`
    pub status: ::std::option::Option<RestoreStatus>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// Unset until the restore finishes.
    pub completed_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl serde::Serialize for InstanceRestoreInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.hostname.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.from_snapshot.is_some() as usize;
        len += self.private_ipv4.is_some() as usize;
        len += self.overwrite_existing.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.completed_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "InstanceRestoreInfo",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("hostname", &self.hostname);
        s.optional("description", &self.description);
        s.optional("from_snapshot", &self.from_snapshot);
        s.optional("private_ipv4", &self.private_ipv4);
        s.optional("overwrite_existing", &self.overwrite_existing);
        s.optional("status", &self.status);
        s.optional("created_at", &self.created_at);
        s.optional("completed_at", &self.completed_at);
        s.end()
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstanceRestoreInfo {
    const NAME: &'static str = "InstanceRestoreInfo";
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
                "hostname",
                "description",
                "from_snapshot",
                "private_ipv4",
                "overwrite_existing",
                "status",
                "created_at",
                "completed_at",
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
            hostname: v2,
            description: v3,
            from_snapshot: v4,
            private_ipv4: v5,
            overwrite_existing: v6,
            status: v7,
            created_at: v8,
            completed_at: v9,
        })
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl<'de> serde::Deserialize<'de> for InstanceRestoreInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "instance-snapshots", feature = "resource-snapshots"))]
impl InstanceRestoreInfo {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            hostname: ::std::option::Option::None,
            description: ::std::option::Option::None,
            from_snapshot: ::std::option::Option::None,
            private_ipv4: ::std::option::Option::None,
            overwrite_existing: ::std::option::Option::None,
            status: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            completed_at: ::std::option::Option::None,
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
    /// Sets [`hostname`](Self::hostname).
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
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
    /// Sets [`from_snapshot`](Self::from_snapshot).
    pub fn with_from_snapshot(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_snapshot = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`private_ipv4`](Self::private_ipv4).
    pub fn with_private_ipv4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ipv4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`overwrite_existing`](Self::overwrite_existing).
    pub fn with_overwrite_existing(mut self, value: bool) -> Self {
        self.overwrite_existing = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(mut self, value: RestoreStatus) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`completed_at`](Self::completed_at).
    pub fn with_completed_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.completed_at = ::std::option::Option::Some(value);
        self
    }
}
/// The instance part of a resource snapshot.
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResourceSnapshotInstance {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `included_volumes`
    pub included_volumes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `status`
    pub status: ::std::option::Option<SnapshotStatus>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(feature = "resource-snapshots")]
impl serde::Serialize for ResourceSnapshotInstance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.included_volumes.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.created_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ResourceSnapshotInstance",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("included_volumes", &self.included_volumes);
        s.optional("status", &self.status);
        s.optional("created_at", &self.created_at);
        s.end()
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ResourceSnapshotInstance {
    const NAME: &'static str = "ResourceSnapshotInstance";
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
            &["id", "name", "description", "included_volumes", "status", "created_at"],
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
            id: v0,
            name: v1,
            description: v2,
            included_volumes: v3,
            status: v4,
            created_at: v5,
        })
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> serde::Deserialize<'de> for ResourceSnapshotInstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "resource-snapshots")]
impl ResourceSnapshotInstance {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            included_volumes: ::std::option::Option::None,
            status: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
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
    /// Sets [`included_volumes`](Self::included_volumes).
    pub fn with_included_volumes(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.included_volumes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(mut self, value: SnapshotStatus) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
}
/// A snapshot of a resource, taken by hand or by a schedule.
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResourceSnapshot {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// e.g. `instance`.
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `instance`
    pub instance: ::std::option::Option<ResourceSnapshotInstance>,
}
#[cfg(feature = "resource-snapshots")]
impl serde::Serialize for ResourceSnapshot {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.resource_type.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.instance.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ResourceSnapshot",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("resource_type", &self.resource_type);
        s.optional("created_at", &self.created_at);
        s.optional("instance", &self.instance);
        s.end()
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ResourceSnapshot {
    const NAME: &'static str = "ResourceSnapshot";
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
            &["id", "name", "description", "resource_type", "created_at", "instance"],
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
            id: v0,
            name: v1,
            description: v2,
            resource_type: v3,
            created_at: v4,
            instance: v5,
        })
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> serde::Deserialize<'de> for ResourceSnapshot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "resource-snapshots")]
impl ResourceSnapshot {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            resource_type: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            instance: ::std::option::Option::None,
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
    /// Sets [`resource_type`](Self::resource_type).
    pub fn with_resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instance`](Self::instance).
    pub fn with_instance(mut self, value: ResourceSnapshotInstance) -> Self {
        self.instance = ::std::option::Option::Some(value);
        self
    }
}
/// Snapshot fields to change.
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateResourceSnapshotRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "resource-snapshots")]
impl serde::Serialize for UpdateResourceSnapshotRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateResourceSnapshotRequest",
            len,
        );
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.end()
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateResourceSnapshotRequest {
    const NAME: &'static str = "UpdateResourceSnapshotRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "description"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { name: v0, description: v1 })
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> serde::Deserialize<'de> for UpdateResourceSnapshotRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "resource-snapshots")]
impl UpdateResourceSnapshotRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
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
}
/// How to restore the instance part of a resource snapshot.
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceRestoreOptions {
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `hostname`
    pub hostname: ::std::option::Option<::std::string::String>,
    /// `private_ipv4`
    pub private_ipv4: ::std::option::Option<::std::string::String>,
    /// `include_volumes`
    pub include_volumes: ::std::option::Option<bool>,
    /// `overwrite_existing`
    pub overwrite_existing: ::std::option::Option<bool>,
}
#[cfg(feature = "resource-snapshots")]
impl serde::Serialize for InstanceRestoreOptions {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.description.is_some() as usize;
        len += self.hostname.is_some() as usize;
        len += self.private_ipv4.is_some() as usize;
        len += self.include_volumes.is_some() as usize;
        len += self.overwrite_existing.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "InstanceRestoreOptions",
            len,
        );
        s.optional("description", &self.description);
        s.optional("hostname", &self.hostname);
        s.optional("private_ipv4", &self.private_ipv4);
        s.optional("include_volumes", &self.include_volumes);
        s.optional("overwrite_existing", &self.overwrite_existing);
        s.end()
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstanceRestoreOptions {
    const NAME: &'static str = "InstanceRestoreOptions";
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
                "description",
                "hostname",
                "private_ipv4",
                "include_volumes",
                "overwrite_existing",
            ],
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
            hostname: v1,
            private_ipv4: v2,
            include_volumes: v3,
            overwrite_existing: v4,
        })
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> serde::Deserialize<'de> for InstanceRestoreOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "resource-snapshots")]
impl InstanceRestoreOptions {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            description: ::std::option::Option::None,
            hostname: ::std::option::Option::None,
            private_ipv4: ::std::option::Option::None,
            include_volumes: ::std::option::Option::None,
            overwrite_existing: ::std::option::Option::None,
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
    /// Sets [`hostname`](Self::hostname).
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`private_ipv4`](Self::private_ipv4).
    pub fn with_private_ipv4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ipv4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`include_volumes`](Self::include_volumes).
    pub fn with_include_volumes(mut self, value: bool) -> Self {
        self.include_volumes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`overwrite_existing`](Self::overwrite_existing).
    pub fn with_overwrite_existing(mut self, value: bool) -> Self {
        self.overwrite_existing = ::std::option::Option::Some(value);
        self
    }
}
/// Restore options per resource type.
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RestoreResourceSnapshotRequest {
    /// `instance`
    pub instance: ::std::option::Option<InstanceRestoreOptions>,
}
#[cfg(feature = "resource-snapshots")]
impl serde::Serialize for RestoreResourceSnapshotRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.instance.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "RestoreResourceSnapshotRequest",
            len,
        );
        s.optional("instance", &self.instance);
        s.end()
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RestoreResourceSnapshotRequest {
    const NAME: &'static str = "RestoreResourceSnapshotRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["instance"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { instance: v0 })
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> serde::Deserialize<'de> for RestoreResourceSnapshotRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "resource-snapshots")]
impl RestoreResourceSnapshotRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            instance: ::std::option::Option::None,
        }
    }
    /// Sets [`instance`](Self::instance).
    pub fn with_instance(mut self, value: InstanceRestoreOptions) -> Self {
        self.instance = ::std::option::Option::Some(value);
        self
    }
}
/// A restore started from a resource snapshot.
#[cfg(feature = "resource-snapshots")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResourceSnapshotRestore {
    /// `resource_type`
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `instance`
    pub instance: ::std::option::Option<InstanceRestoreInfo>,
}
#[cfg(feature = "resource-snapshots")]
impl serde::Serialize for ResourceSnapshotRestore {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.resource_type.is_some() as usize;
        len += self.instance.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ResourceSnapshotRestore",
            len,
        );
        s.optional("resource_type", &self.resource_type);
        s.optional("instance", &self.instance);
        s.end()
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ResourceSnapshotRestore {
    const NAME: &'static str = "ResourceSnapshotRestore";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["resource_type", "instance"],
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
            resource_type: v0,
            instance: v1,
        })
    }
}
#[cfg(feature = "resource-snapshots")]
impl<'de> serde::Deserialize<'de> for ResourceSnapshotRestore {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "resource-snapshots")]
impl ResourceSnapshotRestore {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            resource_type: ::std::option::Option::None,
            instance: ::std::option::Option::None,
        }
    }
    /// Sets [`resource_type`](Self::resource_type).
    pub fn with_resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance`](Self::instance).
    pub fn with_instance(mut self, value: InstanceRestoreInfo) -> Self {
        self.instance = ::std::option::Option::Some(value);
        self
    }
}
/// How long scheduled snapshots are kept.
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SnapshotRetention {
    /// `period`
    pub period: ::std::option::Option<::std::string::String>,
    /// `max_snapshots`
    pub max_snapshots: ::std::option::Option<i32>,
}
#[cfg(feature = "snapshot-schedules")]
impl serde::Serialize for SnapshotRetention {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.period.is_some() as usize;
        len += self.max_snapshots.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "SnapshotRetention",
            len,
        );
        s.optional("period", &self.period);
        s.optional("max_snapshots", &self.max_snapshots);
        s.end()
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SnapshotRetention {
    const NAME: &'static str = "SnapshotRetention";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["period", "max_snapshots"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            period: v0,
            max_snapshots: v1,
        })
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> serde::Deserialize<'de> for SnapshotRetention {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "snapshot-schedules")]
impl SnapshotRetention {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            period: ::std::option::Option::None,
            max_snapshots: ::std::option::Option::None,
        }
    }
    /// Sets [`period`](Self::period).
    pub fn with_period(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`max_snapshots`](Self::max_snapshots).
    pub fn with_max_snapshots(mut self, value: i32) -> Self {
        self.max_snapshots = ::std::option::Option::Some(value);
        self
    }
}
/// An instance covered by a snapshot schedule.
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ScheduledInstance {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// `included_volumes`
    pub included_volumes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "snapshot-schedules")]
impl serde::Serialize for ScheduledInstance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.included_volumes.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ScheduledInstance",
            len,
        );
        s.optional("id", &self.id);
        s.optional("size", &self.size);
        s.optional("included_volumes", &self.included_volumes);
        s.end()
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ScheduledInstance {
    const NAME: &'static str = "ScheduledInstance";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "size", "included_volumes"],
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
            size: v1,
            included_volumes: v2,
        })
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> serde::Deserialize<'de> for ScheduledInstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "snapshot-schedules")]
impl ScheduledInstance {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            size: ::std::option::Option::None,
            included_volumes: ::std::option::Option::None,
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
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`included_volumes`](Self::included_volumes).
    pub fn with_included_volumes(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.included_volumes = ::std::option::Option::Some(value);
        self
    }
}
/// The latest snapshot a schedule took.
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LastSnapshot {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `state`
    pub state: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "snapshot-schedules")]
impl serde::Serialize for LastSnapshot {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.state.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "LastSnapshot", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("state", &self.state);
        s.end()
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for LastSnapshot {
    const NAME: &'static str = "LastSnapshot";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "name", "state"]);
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
            name: v1,
            state: v2,
        })
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> serde::Deserialize<'de> for LastSnapshot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "snapshot-schedules")]
impl LastSnapshot {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            state: ::std::option::Option::None,
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
    /// Sets [`state`](Self::state).
    pub fn with_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
}
/// State of a schedule.
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SnapshotScheduleStatus {
    /// `state`
    pub state: ::std::option::Option<::std::string::String>,
    /// `last_snapshot`
    pub last_snapshot: ::std::option::Option<LastSnapshot>,
}
#[cfg(feature = "snapshot-schedules")]
impl serde::Serialize for SnapshotScheduleStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.state.is_some() as usize;
        len += self.last_snapshot.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "SnapshotScheduleStatus",
            len,
        );
        s.optional("state", &self.state);
        s.optional("last_snapshot", &self.last_snapshot);
        s.end()
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SnapshotScheduleStatus {
    const NAME: &'static str = "SnapshotScheduleStatus";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["state", "last_snapshot"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            state: v0,
            last_snapshot: v1,
        })
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> serde::Deserialize<'de> for SnapshotScheduleStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "snapshot-schedules")]
impl SnapshotScheduleStatus {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            state: ::std::option::Option::None,
            last_snapshot: ::std::option::Option::None,
        }
    }
    /// Sets [`state`](Self::state).
    pub fn with_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`last_snapshot`](Self::last_snapshot).
    pub fn with_last_snapshot(mut self, value: LastSnapshot) -> Self {
        self.last_snapshot = ::std::option::Option::Some(value);
        self
    }
}
/// Recurring snapshots of a set of instances.
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SnapshotSchedule {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `cron_expression`
    pub cron_expression: ::std::option::Option<::std::string::String>,
    /// `paused`
    pub paused: ::std::option::Option<bool>,
    /// `retention`
    pub retention: ::std::option::Option<SnapshotRetention>,
    /// `instances`
    pub instances: ::std::option::Option<::std::vec::Vec<ScheduledInstance>>,
    /// `status`
    pub status: ::std::option::Option<SnapshotScheduleStatus>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(feature = "snapshot-schedules")]
impl serde::Serialize for SnapshotSchedule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.cron_expression.is_some() as usize;
        len += self.paused.is_some() as usize;
        len += self.retention.is_some() as usize;
        len += self.instances.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.created_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "SnapshotSchedule",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("cron_expression", &self.cron_expression);
        s.optional("paused", &self.paused);
        s.optional("retention", &self.retention);
        s.optional("instances", &self.instances);
        s.optional("status", &self.status);
        s.optional("created_at", &self.created_at);
        s.end()
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SnapshotSchedule {
    const NAME: &'static str = "SnapshotSchedule";
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
                "description",
                "cron_expression",
                "paused",
                "retention",
                "instances",
                "status",
                "created_at",
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
            description: v2,
            cron_expression: v3,
            paused: v4,
            retention: v5,
            instances: v6,
            status: v7,
            created_at: v8,
        })
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> serde::Deserialize<'de> for SnapshotSchedule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "snapshot-schedules")]
impl SnapshotSchedule {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            cron_expression: ::std::option::Option::None,
            paused: ::std::option::Option::None,
            retention: ::std::option::Option::None,
            instances: ::std::option::Option::None,
            status: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
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
    /// Sets [`cron_expression`](Self::cron_expression).
    pub fn with_cron_expression(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cron_expression = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`paused`](Self::paused).
    pub fn with_paused(mut self, value: bool) -> Self {
        self.paused = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`retention`](Self::retention).
    pub fn with_retention(mut self, value: SnapshotRetention) -> Self {
        self.retention = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instances`](Self::instances).
    pub fn with_instances(mut self, value: ::std::vec::Vec<ScheduledInstance>) -> Self {
        self.instances = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(mut self, value: SnapshotScheduleStatus) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
}
/// An instance to include in a new schedule.
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ScheduleInstanceSelection {
    /// `instance_id`
    pub instance_id: ::std::string::String,
    /// `include_volumes`
    pub include_volumes: ::std::option::Option<bool>,
}
#[cfg(feature = "snapshot-schedules")]
impl serde::Serialize for ScheduleInstanceSelection {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.include_volumes.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ScheduleInstanceSelection",
            len,
        );
        s.field("instance_id", &self.instance_id);
        s.optional("include_volumes", &self.include_volumes);
        s.end()
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ScheduleInstanceSelection {
    const NAME: &'static str = "ScheduleInstanceSelection";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["instance_id", "include_volumes"],
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
            return cloudsdk_runtime::de::missing("instance_id");
        };
        ::std::result::Result::Ok(Self {
            instance_id: v0,
            include_volumes: v1,
        })
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> serde::Deserialize<'de> for ScheduleInstanceSelection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "snapshot-schedules")]
impl ScheduleInstanceSelection {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            include_volumes: ::std::option::Option::None,
        }
    }
    /// Sets [`include_volumes`](Self::include_volumes).
    pub fn with_include_volumes(mut self, value: bool) -> Self {
        self.include_volumes = ::std::option::Option::Some(value);
        self
    }
}
/// A new snapshot schedule.
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateSnapshotScheduleRequest {
    /// `name`
    pub name: ::std::string::String,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `cron_expression`
    pub cron_expression: ::std::string::String,
    /// `retention`
    pub retention: ::std::option::Option<SnapshotRetention>,
    /// `instances`
    pub instances: ::std::vec::Vec<ScheduleInstanceSelection>,
}
#[cfg(feature = "snapshot-schedules")]
impl serde::Serialize for CreateSnapshotScheduleRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.description.is_some() as usize;
        len += self.retention.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateSnapshotScheduleRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("description", &self.description);
        s.field("cron_expression", &self.cron_expression);
        s.optional("retention", &self.retention);
        s.field("instances", &self.instances);
        s.end()
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateSnapshotScheduleRequest {
    const NAME: &'static str = "CreateSnapshotScheduleRequest";
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
            &["name", "description", "cron_expression", "retention", "instances"],
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
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("cron_expression");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("instances");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            description: v1,
            cron_expression: v2,
            retention: v3,
            instances: v4,
        })
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> serde::Deserialize<'de> for CreateSnapshotScheduleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "snapshot-schedules")]
impl CreateSnapshotScheduleRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        cron_expression: impl ::std::convert::Into<::std::string::String>,
        instances: ::std::vec::Vec<ScheduleInstanceSelection>,
    ) -> Self {
        Self {
            name: name.into(),
            description: ::std::option::Option::None,
            cron_expression: cron_expression.into(),
            retention: ::std::option::Option::None,
            instances,
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
    /// Sets [`retention`](Self::retention).
    pub fn with_retention(mut self, value: SnapshotRetention) -> Self {
        self.retention = ::std::option::Option::Some(value);
        self
    }
}
/// Schedule fields to change.
#[cfg(feature = "snapshot-schedules")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateSnapshotScheduleRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `paused`
    pub paused: ::std::option::Option<bool>,
}
#[cfg(feature = "snapshot-schedules")]
impl serde::Serialize for UpdateSnapshotScheduleRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.paused.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateSnapshotScheduleRequest",
            len,
        );
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("paused", &self.paused);
        s.end()
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateSnapshotScheduleRequest {
    const NAME: &'static str = "UpdateSnapshotScheduleRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "description", "paused"],
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
            description: v1,
            paused: v2,
        })
    }
}
#[cfg(feature = "snapshot-schedules")]
impl<'de> serde::Deserialize<'de> for UpdateSnapshotScheduleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "snapshot-schedules")]
impl UpdateSnapshotScheduleRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            paused: ::std::option::Option::None,
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
    /// Sets [`paused`](Self::paused).
    pub fn with_paused(mut self, value: bool) -> Self {
        self.paused = ::std::option::Option::Some(value);
        self
    }
}
/// A public SSH key that can be installed on new instances.
#[cfg(feature = "ssh-keys")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SshKey {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `fingerprint`
    pub fingerprint: ::std::option::Option<::std::string::String>,
    /// `public_key`
    pub public_key: ::std::option::Option<::std::string::String>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(feature = "ssh-keys")]
impl serde::Serialize for SshKey {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.fingerprint.is_some() as usize;
        len += self.public_key.is_some() as usize;
        len += self.created_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "SshKey", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("fingerprint", &self.fingerprint);
        s.optional("public_key", &self.public_key);
        s.optional("created_at", &self.created_at);
        s.end()
    }
}
#[cfg(feature = "ssh-keys")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for SshKey {
    const NAME: &'static str = "SshKey";
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
            &["id", "name", "fingerprint", "public_key", "created_at"],
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
            name: v1,
            fingerprint: v2,
            public_key: v3,
            created_at: v4,
        })
    }
}
#[cfg(feature = "ssh-keys")]
impl<'de> serde::Deserialize<'de> for SshKey {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "ssh-keys")]
impl SshKey {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            fingerprint: ::std::option::Option::None,
            public_key: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
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
    /// Sets [`fingerprint`](Self::fingerprint).
    pub fn with_fingerprint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fingerprint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`public_key`](Self::public_key).
    pub fn with_public_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
}
/// A key to upload.
#[cfg(feature = "ssh-keys")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateSshKeyRequest {
    /// `name`
    pub name: ::std::string::String,
    /// OpenSSH public key text.
    pub public_key: ::std::string::String,
}
#[cfg(feature = "ssh-keys")]
impl serde::Serialize for CreateSshKeyRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateSshKeyRequest",
            2,
        );
        s.field("name", &self.name);
        s.field("public_key", &self.public_key);
        s.end()
    }
}
#[cfg(feature = "ssh-keys")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateSshKeyRequest {
    const NAME: &'static str = "CreateSshKeyRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "public_key"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("public_key");
        };
        ::std::result::Result::Ok(Self { name: v0, public_key: v1 })
    }
}
#[cfg(feature = "ssh-keys")]
impl<'de> serde::Deserialize<'de> for CreateSshKeyRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "ssh-keys")]
impl CreateSshKeyRequest {
    /// Builds one from its fields.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        public_key: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            public_key: public_key.into(),
        }
    }
}
/// New name of the key.
#[cfg(feature = "ssh-keys")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateSshKeyRequest {
    /// `name`
    pub name: ::std::string::String,
}
#[cfg(feature = "ssh-keys")]
impl serde::Serialize for UpdateSshKeyRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateSshKeyRequest",
            1,
        );
        s.field("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "ssh-keys")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateSshKeyRequest {
    const NAME: &'static str = "UpdateSshKeyRequest";
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
#[cfg(feature = "ssh-keys")]
impl<'de> serde::Deserialize<'de> for UpdateSshKeyRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "ssh-keys")]
impl UpdateSshKeyRequest {
    /// Builds one from its fields.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { name: name.into() }
    }
}
/// A kind of block storage.
#[cfg(feature = "volumes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VolumeType {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `enabled`
    pub enabled: ::std::option::Option<bool>,
    /// `labels`
    pub labels: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "volumes")]
impl serde::Serialize for VolumeType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.enabled.is_some() as usize;
        len += self.labels.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "VolumeType", len);
        s.optional("name", &self.name);
        s.optional("description", &self.description);
        s.optional("enabled", &self.enabled);
        s.optional("labels", &self.labels);
        s.end()
    }
}
#[cfg(feature = "volumes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VolumeType {
    const NAME: &'static str = "VolumeType";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "description", "enabled", "labels"],
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
            description: v1,
            enabled: v2,
            labels: v3,
        })
    }
}
#[cfg(feature = "volumes")]
impl<'de> serde::Deserialize<'de> for VolumeType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "volumes")]
impl VolumeType {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            enabled: ::std::option::Option::None,
            labels: ::std::option::Option::None,
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
    /// Sets [`enabled`](Self::enabled).
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`labels`](Self::labels).
    pub fn with_labels(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.labels = ::std::option::Option::Some(value);
        self
    }
}
/// A block storage volume.
#[cfg(feature = "volumes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Volume {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `instance_id`
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `cluster_id`
    pub cluster_id: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// `mountpoint`
    pub mountpoint: ::std::option::Option<::std::string::String>,
    /// e.g. `available`, `attached`.
    pub status: ::std::option::Option<::std::string::String>,
    /// `volume_type`
    pub volume_type: ::std::option::Option<::std::string::String>,
    /// `size_gb`
    pub size_gb: ::std::option::Option<i32>,
    /// `bootable`
    pub bootable: ::std::option::Option<bool>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(feature = "volumes")]
impl serde::Serialize for Volume {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.instance_id.is_some() as usize;
        len += self.cluster_id.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.mountpoint.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.volume_type.is_some() as usize;
        len += self.size_gb.is_some() as usize;
        len += self.bootable.is_some() as usize;
        len += self.created_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Volume", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("instance_id", &self.instance_id);
        s.optional("cluster_id", &self.cluster_id);
        s.optional("network_id", &self.network_id);
        s.optional("mountpoint", &self.mountpoint);
        s.optional("status", &self.status);
        s.optional("volume_type", &self.volume_type);
        s.optional("size_gb", &self.size_gb);
        s.optional("bootable", &self.bootable);
        s.optional("created_at", &self.created_at);
        s.end()
    }
}
#[cfg(feature = "volumes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Volume {
    const NAME: &'static str = "Volume";
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
                "name",
                "instance_id",
                "cluster_id",
                "network_id",
                "mountpoint",
                "status",
                "volume_type",
                "size_gb",
                "bootable",
                "created_at",
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
            name: v1,
            instance_id: v2,
            cluster_id: v3,
            network_id: v4,
            mountpoint: v5,
            status: v6,
            volume_type: v7,
            size_gb: v8,
            bootable: v9,
            created_at: v10,
        })
    }
}
#[cfg(feature = "volumes")]
impl<'de> serde::Deserialize<'de> for Volume {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "volumes")]
impl Volume {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            cluster_id: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            mountpoint: ::std::option::Option::None,
            status: ::std::option::Option::None,
            volume_type: ::std::option::Option::None,
            size_gb: ::std::option::Option::None,
            bootable: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
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
    /// Sets [`instance_id`](Self::instance_id).
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cluster_id`](Self::cluster_id).
    pub fn with_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`mountpoint`](Self::mountpoint).
    pub fn with_mountpoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mountpoint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`volume_type`](Self::volume_type).
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`size_gb`](Self::size_gb).
    pub fn with_size_gb(mut self, value: i32) -> Self {
        self.size_gb = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`bootable`](Self::bootable).
    pub fn with_bootable(mut self, value: bool) -> Self {
        self.bootable = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
}
/// A new volume.
#[cfg(feature = "volumes")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateVolumeRequest {
    /// `name`
    pub name: ::std::string::String,
    /// `namespace`
    pub namespace: ::std::option::Option<::std::string::String>,
    /// `cluster_id`
    pub cluster_id: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
    /// `size_gb`
    pub size_gb: i32,
    /// `bootable`
    pub bootable: ::std::option::Option<bool>,
    /// `volume_type`
    pub volume_type: ::std::option::Option<::std::string::String>,
    /// Snapshot to create the volume from.
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "volumes")]
impl serde::Serialize for CreateVolumeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.namespace.is_some() as usize;
        len += self.cluster_id.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.bootable.is_some() as usize;
        len += self.volume_type.is_some() as usize;
        len += self.snapshot_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateVolumeRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("namespace", &self.namespace);
        s.optional("cluster_id", &self.cluster_id);
        s.optional("network_id", &self.network_id);
        s.optional("region", &self.region);
        s.field("size_gb", &self.size_gb);
        s.optional("bootable", &self.bootable);
        s.optional("volume_type", &self.volume_type);
        s.optional("snapshot_id", &self.snapshot_id);
        s.end()
    }
}
#[cfg(feature = "volumes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateVolumeRequest {
    const NAME: &'static str = "CreateVolumeRequest";
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
                "namespace",
                "cluster_id",
                "network_id",
                "region",
                "size_gb",
                "bootable",
                "volume_type",
                "snapshot_id",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                4 => f.optional(&mut v4),
                5 => f.value(&mut v5),
                6 => f.optional(&mut v6),
                7 => f.optional(&mut v7),
                8 => f.optional(&mut v8),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("size_gb");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            namespace: v1,
            cluster_id: v2,
            network_id: v3,
            region: v4,
            size_gb: v5,
            bootable: v6,
            volume_type: v7,
            snapshot_id: v8,
        })
    }
}
#[cfg(feature = "volumes")]
impl<'de> serde::Deserialize<'de> for CreateVolumeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "volumes")]
impl CreateVolumeRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        size_gb: i32,
    ) -> Self {
        Self {
            name: name.into(),
            namespace: ::std::option::Option::None,
            cluster_id: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            region: ::std::option::Option::None,
            size_gb,
            bootable: ::std::option::Option::None,
            volume_type: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
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
    /// Sets [`cluster_id`](Self::cluster_id).
    pub fn with_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`bootable`](Self::bootable).
    pub fn with_bootable(mut self, value: bool) -> Self {
        self.bootable = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`volume_type`](Self::volume_type).
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`snapshot_id`](Self::snapshot_id).
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Outcome of creating a volume.
#[cfg(feature = "volumes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VolumeResult {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `result`
    pub result: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "volumes")]
impl serde::Serialize for VolumeResult {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.result.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "VolumeResult", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("result", &self.result);
        s.end()
    }
}
#[cfg(feature = "volumes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VolumeResult {
    const NAME: &'static str = "VolumeResult";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "name", "result"]);
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
            name: v1,
            result: v2,
        })
    }
}
#[cfg(feature = "volumes")]
impl<'de> serde::Deserialize<'de> for VolumeResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "volumes")]
impl VolumeResult {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            result: ::std::option::Option::None,
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
    /// Sets [`result`](Self::result).
    pub fn with_result(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
}
/// The new size; it must be larger than the current one.
#[cfg(feature = "volumes")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResizeVolumeRequest {
    /// `size_gb`
    pub size_gb: i32,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "volumes")]
impl serde::Serialize for ResizeVolumeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ResizeVolumeRequest",
            len,
        );
        s.field("size_gb", &self.size_gb);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "volumes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ResizeVolumeRequest {
    const NAME: &'static str = "ResizeVolumeRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["size_gb", "region"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("size_gb");
        };
        ::std::result::Result::Ok(Self { size_gb: v0, region: v1 })
    }
}
#[cfg(feature = "volumes")]
impl<'de> serde::Deserialize<'de> for ResizeVolumeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "volumes")]
impl ResizeVolumeRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(size_gb: i32) -> Self {
        Self {
            size_gb,
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// The instance to attach to.
#[cfg(feature = "volumes")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AttachVolumeRequest {
    /// `instance_id`
    pub instance_id: ::std::string::String,
    /// `attach_at_boot`
    pub attach_at_boot: ::std::option::Option<bool>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "volumes")]
impl serde::Serialize for AttachVolumeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.attach_at_boot.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AttachVolumeRequest",
            len,
        );
        s.field("instance_id", &self.instance_id);
        s.optional("attach_at_boot", &self.attach_at_boot);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "volumes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AttachVolumeRequest {
    const NAME: &'static str = "AttachVolumeRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["instance_id", "attach_at_boot", "region"],
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
            return cloudsdk_runtime::de::missing("instance_id");
        };
        ::std::result::Result::Ok(Self {
            instance_id: v0,
            attach_at_boot: v1,
            region: v2,
        })
    }
}
#[cfg(feature = "volumes")]
impl<'de> serde::Deserialize<'de> for AttachVolumeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "volumes")]
impl AttachVolumeRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            attach_at_boot: ::std::option::Option::None,
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`attach_at_boot`](Self::attach_at_boot).
    pub fn with_attach_at_boot(mut self, value: bool) -> Self {
        self.attach_at_boot = ::std::option::Option::Some(value);
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
}
/// A point-in-time copy of a volume.
#[cfg(feature = "volume-snapshots")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VolumeSnapshot {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `snapshot_id`
    ///
    /// Set by the server; ignored in requests.
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `snapshot_description`
    pub snapshot_description: ::std::option::Option<::std::string::String>,
    /// `volume_id`
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// `instance_id`
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `source_volume_name`
    pub source_volume_name: ::std::option::Option<::std::string::String>,
    /// Size in bytes needed to restore.
    pub restore_size: ::std::option::Option<i64>,
    /// `state`
    pub state: ::std::option::Option<::std::string::String>,
    /// When the snapshot was taken.
    pub creation_time: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "volume-snapshots")]
impl serde::Serialize for VolumeSnapshot {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.snapshot_id.is_some() as usize;
        len += self.snapshot_description.is_some() as usize;
        len += self.volume_id.is_some() as usize;
        len += self.instance_id.is_some() as usize;
        len += self.source_volume_name.is_some() as usize;
        len += self.restore_size.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.creation_time.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "VolumeSnapshot",
            len,
        );
        s.optional("name", &self.name);
        s.optional("snapshot_id", &self.snapshot_id);
        s.optional("snapshot_description", &self.snapshot_description);
        s.optional("volume_id", &self.volume_id);
        s.optional("instance_id", &self.instance_id);
        s.optional("source_volume_name", &self.source_volume_name);
        s.optional("restore_size", &self.restore_size);
        s.optional("state", &self.state);
        s.optional("creation_time", &self.creation_time);
        s.end()
    }
}
#[cfg(feature = "volume-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VolumeSnapshot {
    const NAME: &'static str = "VolumeSnapshot";
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
                "snapshot_id",
                "snapshot_description",
                "volume_id",
                "instance_id",
                "source_volume_name",
                "restore_size",
                "state",
                "creation_time",
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
            snapshot_id: v1,
            snapshot_description: v2,
            volume_id: v3,
            instance_id: v4,
            source_volume_name: v5,
            restore_size: v6,
            state: v7,
            creation_time: v8,
        })
    }
}
#[cfg(feature = "volume-snapshots")]
impl<'de> serde::Deserialize<'de> for VolumeSnapshot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "volume-snapshots")]
impl VolumeSnapshot {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
            snapshot_description: ::std::option::Option::None,
            volume_id: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            source_volume_name: ::std::option::Option::None,
            restore_size: ::std::option::Option::None,
            state: ::std::option::Option::None,
            creation_time: ::std::option::Option::None,
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
    /// Sets [`snapshot_id`](Self::snapshot_id).
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`snapshot_description`](Self::snapshot_description).
    pub fn with_snapshot_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`volume_id`](Self::volume_id).
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`source_volume_name`](Self::source_volume_name).
    pub fn with_source_volume_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_volume_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`restore_size`](Self::restore_size).
    pub fn with_restore_size(mut self, value: i64) -> Self {
        self.restore_size = ::std::option::Option::Some(value);
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
    /// Sets [`creation_time`](Self::creation_time).
    pub fn with_creation_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creation_time = ::std::option::Option::Some(value.into());
        self
    }
}
/// A new volume snapshot.
#[cfg(feature = "volume-snapshots")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateVolumeSnapshotRequest {
    /// `name`
    pub name: ::std::string::String,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "volume-snapshots")]
impl serde::Serialize for CreateVolumeSnapshotRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.description.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateVolumeSnapshotRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("description", &self.description);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "volume-snapshots")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateVolumeSnapshotRequest {
    const NAME: &'static str = "CreateVolumeSnapshotRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "description", "region"],
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
            description: v1,
            region: v2,
        })
    }
}
#[cfg(feature = "volume-snapshots")]
impl<'de> serde::Deserialize<'de> for CreateVolumeSnapshotRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "volume-snapshots")]
impl CreateVolumeSnapshotRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            description: ::std::option::Option::None,
            region: ::std::option::Option::None,
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
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// The credential that owns a bucket.
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ObjectStoreOwner {
    /// `access_key_id`
    pub access_key_id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `credential_id`
    pub credential_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "object-stores")]
impl serde::Serialize for ObjectStoreOwner {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.access_key_id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.credential_id.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ObjectStoreOwner",
            len,
        );
        s.optional("access_key_id", &self.access_key_id);
        s.optional("name", &self.name);
        s.optional("credential_id", &self.credential_id);
        s.end()
    }
}
#[cfg(feature = "object-stores")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ObjectStoreOwner {
    const NAME: &'static str = "ObjectStoreOwner";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["access_key_id", "name", "credential_id"],
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
            access_key_id: v0,
            name: v1,
            credential_id: v2,
        })
    }
}
#[cfg(feature = "object-stores")]
impl<'de> serde::Deserialize<'de> for ObjectStoreOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "object-stores")]
impl ObjectStoreOwner {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            access_key_id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            credential_id: ::std::option::Option::None,
        }
    }
    /// Sets [`access_key_id`](Self::access_key_id).
    pub fn with_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`credential_id`](Self::credential_id).
    pub fn with_credential_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credential_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// An S3-compatible bucket.
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ObjectStore {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// Capacity in GB.
    pub max_size: ::std::option::Option<i32>,
    /// `owner_info`
    pub owner_info: ::std::option::Option<ObjectStoreOwner>,
    /// Host serving the bucket.
    pub objectstore_endpoint: ::std::option::Option<::std::string::String>,
    /// e.g. `ready`.
    pub status: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "object-stores")]
impl serde::Serialize for ObjectStore {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.max_size.is_some() as usize;
        len += self.owner_info.is_some() as usize;
        len += self.objectstore_endpoint.is_some() as usize;
        len += self.status.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ObjectStore", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("max_size", &self.max_size);
        s.optional("owner_info", &self.owner_info);
        s.optional("objectstore_endpoint", &self.objectstore_endpoint);
        s.optional("status", &self.status);
        s.end()
    }
}
#[cfg(feature = "object-stores")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ObjectStore {
    const NAME: &'static str = "ObjectStore";
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
            &["id", "name", "max_size", "owner_info", "objectstore_endpoint", "status"],
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
            id: v0,
            name: v1,
            max_size: v2,
            owner_info: v3,
            objectstore_endpoint: v4,
            status: v5,
        })
    }
}
#[cfg(feature = "object-stores")]
impl<'de> serde::Deserialize<'de> for ObjectStore {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "object-stores")]
impl ObjectStore {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            max_size: ::std::option::Option::None,
            owner_info: ::std::option::Option::None,
            objectstore_endpoint: ::std::option::Option::None,
            status: ::std::option::Option::None,
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
    /// Sets [`max_size`](Self::max_size).
    pub fn with_max_size(mut self, value: i32) -> Self {
        self.max_size = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`owner_info`](Self::owner_info).
    pub fn with_owner_info(mut self, value: ObjectStoreOwner) -> Self {
        self.owner_info = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`objectstore_endpoint`](Self::objectstore_endpoint).
    pub fn with_objectstore_endpoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.objectstore_endpoint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// One page of object stores.
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ObjectStorePage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: ::std::vec::Vec<ObjectStore>,
}
#[cfg(feature = "object-stores")]
impl serde::Serialize for ObjectStorePage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ObjectStorePage", 4);
        s.field("page", &self.page);
        s.field("per_page", &self.per_page);
        s.field("pages", &self.pages);
        s.field("items", &self.items);
        s.end()
    }
}
#[cfg(feature = "object-stores")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ObjectStorePage {
    const NAME: &'static str = "ObjectStorePage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["page", "per_page", "pages", "items"],
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
            return cloudsdk_runtime::de::missing("page");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("per_page");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("pages");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("items");
        };
        ::std::result::Result::Ok(Self {
            page: v0,
            per_page: v1,
            pages: v2,
            items: v3,
        })
    }
}
#[cfg(feature = "object-stores")]
impl<'de> serde::Deserialize<'de> for ObjectStorePage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "object-stores")]
impl ObjectStorePage {
    /// Builds one from its fields.
    pub fn new(
        page: i32,
        per_page: i32,
        pages: i32,
        items: ::std::vec::Vec<ObjectStore>,
    ) -> Self {
        Self {
            page,
            per_page,
            pages,
            items,
        }
    }
}
/// A new bucket.
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateObjectStoreRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `max_size_gb`
    pub max_size_gb: i32,
    /// Existing credential to own the bucket.
    pub access_key_id: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "object-stores")]
impl serde::Serialize for CreateObjectStoreRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.name.is_some() as usize;
        len += self.access_key_id.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateObjectStoreRequest",
            len,
        );
        s.optional("name", &self.name);
        s.field("max_size_gb", &self.max_size_gb);
        s.optional("access_key_id", &self.access_key_id);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "object-stores")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateObjectStoreRequest {
    const NAME: &'static str = "CreateObjectStoreRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "max_size_gb", "access_key_id", "region"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("max_size_gb");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            max_size_gb: v1,
            access_key_id: v2,
            region: v3,
        })
    }
}
#[cfg(feature = "object-stores")]
impl<'de> serde::Deserialize<'de> for CreateObjectStoreRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "object-stores")]
impl CreateObjectStoreRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(max_size_gb: i32) -> Self {
        Self {
            name: ::std::option::Option::None,
            max_size_gb,
            access_key_id: ::std::option::Option::None,
            region: ::std::option::Option::None,
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
    /// Sets [`access_key_id`](Self::access_key_id).
    pub fn with_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key_id = ::std::option::Option::Some(value.into());
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
}
/// New capacity.
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateObjectStoreRequest {
    /// `max_size_gb`
    pub max_size_gb: i32,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "object-stores")]
impl serde::Serialize for UpdateObjectStoreRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateObjectStoreRequest",
            len,
        );
        s.field("max_size_gb", &self.max_size_gb);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "object-stores")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateObjectStoreRequest {
    const NAME: &'static str = "UpdateObjectStoreRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["max_size_gb", "region"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("max_size_gb");
        };
        ::std::result::Result::Ok(Self {
            max_size_gb: v0,
            region: v1,
        })
    }
}
#[cfg(feature = "object-stores")]
impl<'de> serde::Deserialize<'de> for UpdateObjectStoreRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "object-stores")]
impl UpdateObjectStoreRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(max_size_gb: i32) -> Self {
        Self {
            max_size_gb,
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// Usage of a bucket.
#[cfg(feature = "object-stores")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ObjectStoreStats {
    /// `size_kb_utilised`
    pub size_kb_utilised: ::std::option::Option<i64>,
    /// `max_size_kb`
    pub max_size_kb: ::std::option::Option<i64>,
    /// `num_objects`
    pub num_objects: ::std::option::Option<i64>,
}
#[cfg(feature = "object-stores")]
impl serde::Serialize for ObjectStoreStats {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.size_kb_utilised.is_some() as usize;
        len += self.max_size_kb.is_some() as usize;
        len += self.num_objects.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ObjectStoreStats",
            len,
        );
        s.optional("size_kb_utilised", &self.size_kb_utilised);
        s.optional("max_size_kb", &self.max_size_kb);
        s.optional("num_objects", &self.num_objects);
        s.end()
    }
}
#[cfg(feature = "object-stores")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ObjectStoreStats {
    const NAME: &'static str = "ObjectStoreStats";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["size_kb_utilised", "max_size_kb", "num_objects"],
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
            size_kb_utilised: v0,
            max_size_kb: v1,
            num_objects: v2,
        })
    }
}
#[cfg(feature = "object-stores")]
impl<'de> serde::Deserialize<'de> for ObjectStoreStats {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "object-stores")]
impl ObjectStoreStats {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            size_kb_utilised: ::std::option::Option::None,
            max_size_kb: ::std::option::Option::None,
            num_objects: ::std::option::Option::None,
        }
    }
    /// Sets [`size_kb_utilised`](Self::size_kb_utilised).
    pub fn with_size_kb_utilised(mut self, value: i64) -> Self {
        self.size_kb_utilised = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`max_size_kb`](Self::max_size_kb).
    pub fn with_max_size_kb(mut self, value: i64) -> Self {
        self.max_size_kb = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`num_objects`](Self::num_objects).
    pub fn with_num_objects(mut self, value: i64) -> Self {
        self.num_objects = ::std::option::Option::Some(value);
        self
    }
}
/// An access key pair for object stores.
#[cfg(feature = "object-store-credentials")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ObjectStoreCredential {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `access_key_id`
    pub access_key_id: ::std::option::Option<::std::string::String>,
    /// The secret key.
    pub secret_access_key_id: ::std::option::Option<::std::string::String>,
    /// `max_size_gb`
    pub max_size_gb: ::std::option::Option<i32>,
    /// `suspended`
    pub suspended: ::std::option::Option<bool>,
    /// `status`
    pub status: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "object-store-credentials")]
impl std::fmt::Debug for ObjectStoreCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ObjectStoreCredential")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("access_key_id", &self.access_key_id)
            .field(
                "secret_access_key_id",
                &cloudsdk_runtime::Redacted(&self.secret_access_key_id),
            )
            .field("max_size_gb", &self.max_size_gb)
            .field("suspended", &self.suspended)
            .field("status", &self.status)
            .finish()
    }
}
#[cfg(feature = "object-store-credentials")]
impl serde::Serialize for ObjectStoreCredential {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.access_key_id.is_some() as usize;
        len += self.secret_access_key_id.is_some() as usize;
        len += self.max_size_gb.is_some() as usize;
        len += self.suspended.is_some() as usize;
        len += self.status.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ObjectStoreCredential",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("access_key_id", &self.access_key_id);
        s.optional("secret_access_key_id", &self.secret_access_key_id);
        s.optional("max_size_gb", &self.max_size_gb);
        s.optional("suspended", &self.suspended);
        s.optional("status", &self.status);
        s.end()
    }
}
#[cfg(feature = "object-store-credentials")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ObjectStoreCredential {
    const NAME: &'static str = "ObjectStoreCredential";
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
                "access_key_id",
                "secret_access_key_id",
                "max_size_gb",
                "suspended",
                "status",
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
            access_key_id: v2,
            secret_access_key_id: v3,
            max_size_gb: v4,
            suspended: v5,
            status: v6,
        })
    }
}
#[cfg(feature = "object-store-credentials")]
impl<'de> serde::Deserialize<'de> for ObjectStoreCredential {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "object-store-credentials")]
impl ObjectStoreCredential {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            access_key_id: ::std::option::Option::None,
            secret_access_key_id: ::std::option::Option::None,
            max_size_gb: ::std::option::Option::None,
            suspended: ::std::option::Option::None,
            status: ::std::option::Option::None,
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
    /// Sets [`access_key_id`](Self::access_key_id).
    pub fn with_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`secret_access_key_id`](Self::secret_access_key_id).
    pub fn with_secret_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_access_key_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`max_size_gb`](Self::max_size_gb).
    pub fn with_max_size_gb(mut self, value: i32) -> Self {
        self.max_size_gb = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`suspended`](Self::suspended).
    pub fn with_suspended(mut self, value: bool) -> Self {
        self.suspended = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// One page of object store credentials.
#[cfg(feature = "object-store-credentials")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ObjectStoreCredentialPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: ::std::vec::Vec<ObjectStoreCredential>,
}
#[cfg(feature = "object-store-credentials")]
impl serde::Serialize for ObjectStoreCredentialPage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ObjectStoreCredentialPage",
            4,
        );
        s.field("page", &self.page);
        s.field("per_page", &self.per_page);
        s.field("pages", &self.pages);
        s.field("items", &self.items);
        s.end()
    }
}
#[cfg(feature = "object-store-credentials")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ObjectStoreCredentialPage {
    const NAME: &'static str = "ObjectStoreCredentialPage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["page", "per_page", "pages", "items"],
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
            return cloudsdk_runtime::de::missing("page");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("per_page");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("pages");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("items");
        };
        ::std::result::Result::Ok(Self {
            page: v0,
            per_page: v1,
            pages: v2,
            items: v3,
        })
    }
}
#[cfg(feature = "object-store-credentials")]
impl<'de> serde::Deserialize<'de> for ObjectStoreCredentialPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "object-store-credentials")]
impl ObjectStoreCredentialPage {
    /// Builds one from its fields.
    pub fn new(
        page: i32,
        per_page: i32,
        pages: i32,
        items: ::std::vec::Vec<ObjectStoreCredential>,
    ) -> Self {
        Self {
            page,
            per_page,
            pages,
            items,
        }
    }
}
/// A new key pair; keys are generated when not given.
#[cfg(feature = "object-store-credentials")]
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateObjectStoreCredentialRequest {
    /// `name`
    pub name: ::std::string::String,
    /// `access_key_id`
    pub access_key_id: ::std::option::Option<::std::string::String>,
    /// `secret_access_key_id`
    pub secret_access_key_id: ::std::option::Option<::std::string::String>,
    /// `max_size_gb`
    pub max_size_gb: ::std::option::Option<i32>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "object-store-credentials")]
impl std::fmt::Debug for CreateObjectStoreCredentialRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateObjectStoreCredentialRequest")
            .field("name", &self.name)
            .field("access_key_id", &self.access_key_id)
            .field(
                "secret_access_key_id",
                &cloudsdk_runtime::Redacted(&self.secret_access_key_id),
            )
            .field("max_size_gb", &self.max_size_gb)
            .field("region", &self.region)
            .finish()
    }
}
#[cfg(feature = "object-store-credentials")]
impl serde::Serialize for CreateObjectStoreCredentialRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.access_key_id.is_some() as usize;
        len += self.secret_access_key_id.is_some() as usize;
        len += self.max_size_gb.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateObjectStoreCredentialRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("access_key_id", &self.access_key_id);
        s.optional("secret_access_key_id", &self.secret_access_key_id);
        s.optional("max_size_gb", &self.max_size_gb);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "object-store-credentials")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateObjectStoreCredentialRequest {
    const NAME: &'static str = "CreateObjectStoreCredentialRequest";
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
            &["name", "access_key_id", "secret_access_key_id", "max_size_gb", "region"],
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
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            access_key_id: v1,
            secret_access_key_id: v2,
            max_size_gb: v3,
            region: v4,
        })
    }
}
#[cfg(feature = "object-store-credentials")]
impl<'de> serde::Deserialize<'de> for CreateObjectStoreCredentialRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "object-store-credentials")]
impl CreateObjectStoreCredentialRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            access_key_id: ::std::option::Option::None,
            secret_access_key_id: ::std::option::Option::None,
            max_size_gb: ::std::option::Option::None,
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`access_key_id`](Self::access_key_id).
    pub fn with_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`secret_access_key_id`](Self::secret_access_key_id).
    pub fn with_secret_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_access_key_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`max_size_gb`](Self::max_size_gb).
    pub fn with_max_size_gb(mut self, value: i32) -> Self {
        self.max_size_gb = ::std::option::Option::Some(value);
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
}
/// Credential fields to change.
#[cfg(feature = "object-store-credentials")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateObjectStoreCredentialRequest {
    /// `access_key_id`
    pub access_key_id: ::std::option::Option<::std::string::String>,
    /// `secret_access_key_id`
    pub secret_access_key_id: ::std::option::Option<::std::string::String>,
    /// `max_size_gb`
    pub max_size_gb: ::std::option::Option<i32>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "object-store-credentials")]
impl std::fmt::Debug for UpdateObjectStoreCredentialRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateObjectStoreCredentialRequest")
            .field("access_key_id", &self.access_key_id)
            .field(
                "secret_access_key_id",
                &cloudsdk_runtime::Redacted(&self.secret_access_key_id),
            )
            .field("max_size_gb", &self.max_size_gb)
            .field("region", &self.region)
            .finish()
    }
}
#[cfg(feature = "object-store-credentials")]
impl serde::Serialize for UpdateObjectStoreCredentialRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.access_key_id.is_some() as usize;
        len += self.secret_access_key_id.is_some() as usize;
        len += self.max_size_gb.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateObjectStoreCredentialRequest",
            len,
        );
        s.optional("access_key_id", &self.access_key_id);
        s.optional("secret_access_key_id", &self.secret_access_key_id);
        s.optional("max_size_gb", &self.max_size_gb);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "object-store-credentials")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateObjectStoreCredentialRequest {
    const NAME: &'static str = "UpdateObjectStoreCredentialRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["access_key_id", "secret_access_key_id", "max_size_gb", "region"],
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
            access_key_id: v0,
            secret_access_key_id: v1,
            max_size_gb: v2,
            region: v3,
        })
    }
}
#[cfg(feature = "object-store-credentials")]
impl<'de> serde::Deserialize<'de> for UpdateObjectStoreCredentialRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "object-store-credentials")]
impl UpdateObjectStoreCredentialRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            access_key_id: ::std::option::Option::None,
            secret_access_key_id: ::std::option::Option::None,
            max_size_gb: ::std::option::Option::None,
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`access_key_id`](Self::access_key_id).
    pub fn with_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`secret_access_key_id`](Self::secret_access_key_id).
    pub fn with_secret_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_access_key_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`max_size_gb`](Self::max_size_gb).
    pub fn with_max_size_gb(mut self, value: i32) -> Self {
        self.max_size_gb = ::std::option::Option::Some(value);
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
}
/// A private network.
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Network {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// True for the region's default network.
    pub default: ::std::option::Option<bool>,
    /// `cidr`
    pub cidr: ::std::option::Option<::std::string::String>,
    /// `cidr_v6`
    pub cidr_v6: ::std::option::Option<::std::string::String>,
    /// e.g. `Active`.
    pub status: ::std::option::Option<::std::string::String>,
    /// `ipv4_enabled`
    pub ipv4_enabled: ::std::option::Option<bool>,
    /// `ipv6_enabled`
    pub ipv6_enabled: ::std::option::Option<bool>,
    /// `nameservers_v4`
    pub nameservers_v4: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `nameservers_v6`
    pub nameservers_v6: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `vlan_id`
    pub vlan_id: ::std::option::Option<i32>,
    /// `physical_interface`
    pub physical_interface: ::std::option::Option<::std::string::String>,
    /// `gateway_ipv4`
    pub gateway_ipv4: ::std::option::Option<::std::string::String>,
    /// `allocation_pool_v4_start`
    pub allocation_pool_v4_start: ::std::option::Option<::std::string::String>,
    /// `allocation_pool_v4_end`
    pub allocation_pool_v4_end: ::std::option::Option<::std::string::String>,
    /// `free_ip_count`
    pub free_ip_count: ::std::option::Option<i32>,
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl serde::Serialize for Network {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.label.is_some() as usize;
        len += self.default.is_some() as usize;
        len += self.cidr.is_some() as usize;
        len += self.cidr_v6.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.ipv4_enabled.is_some() as usize;
        len += self.ipv6_enabled.is_some() as usize;
        len += self.nameservers_v4.is_some() as usize;
        len += self.nameservers_v6.is_some() as usize;
        len += self.vlan_id.is_some() as usize;
        len += self.physical_interface.is_some() as usize;
        len += self.gateway_ipv4.is_some() as usize;
        len += self.allocation_pool_v4_start.is_some() as usize;
        len += self.allocation_pool_v4_end.is_some() as usize;
        len += self.free_ip_count.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Network", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("label", &self.label);
        s.optional("default", &self.default);
        s.optional("cidr", &self.cidr);
        s.optional("cidr_v6", &self.cidr_v6);
        s.optional("status", &self.status);
        s.optional("ipv4_enabled", &self.ipv4_enabled);
        s.optional("ipv6_enabled", &self.ipv6_enabled);
        s.optional("nameservers_v4", &self.nameservers_v4);
        s.optional("nameservers_v6", &self.nameservers_v6);
        s.optional("vlan_id", &self.vlan_id);
        s.optional("physical_interface", &self.physical_interface);
        s.optional("gateway_ipv4", &self.gateway_ipv4);
        s.optional("allocation_pool_v4_start", &self.allocation_pool_v4_start);
        s.optional("allocation_pool_v4_end", &self.allocation_pool_v4_end);
        s.optional("free_ip_count", &self.free_ip_count);
        s.end()
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Network {
    const NAME: &'static str = "Network";
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "label",
                "default",
                "cidr",
                "cidr_v6",
                "status",
                "ipv4_enabled",
                "ipv6_enabled",
                "nameservers_v4",
                "nameservers_v6",
                "vlan_id",
                "physical_interface",
                "gateway_ipv4",
                "allocation_pool_v4_start",
                "allocation_pool_v4_end",
                "free_ip_count",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            id: v0,
            name: v1,
            label: v2,
            default: v3,
            cidr: v4,
            cidr_v6: v5,
            status: v6,
            ipv4_enabled: v7,
            ipv6_enabled: v8,
            nameservers_v4: v9,
            nameservers_v6: v10,
            vlan_id: v11,
            physical_interface: v12,
            gateway_ipv4: v13,
            allocation_pool_v4_start: v14,
            allocation_pool_v4_end: v15,
            free_ip_count: v16,
        })
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> serde::Deserialize<'de> for Network {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl Network {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            label: ::std::option::Option::None,
            default: ::std::option::Option::None,
            cidr: ::std::option::Option::None,
            cidr_v6: ::std::option::Option::None,
            status: ::std::option::Option::None,
            ipv4_enabled: ::std::option::Option::None,
            ipv6_enabled: ::std::option::Option::None,
            nameservers_v4: ::std::option::Option::None,
            nameservers_v6: ::std::option::Option::None,
            vlan_id: ::std::option::Option::None,
            physical_interface: ::std::option::Option::None,
            gateway_ipv4: ::std::option::Option::None,
            allocation_pool_v4_start: ::std::option::Option::None,
            allocation_pool_v4_end: ::std::option::Option::None,
            free_ip_count: ::std::option::Option::None,
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
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`default`](Self::default).
    pub fn with_default(mut self, value: bool) -> Self {
        self.default = ::std::option::Option::Some(value);
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
    /// Sets [`cidr_v6`](Self::cidr_v6).
    pub fn with_cidr_v6(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cidr_v6 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ipv4_enabled`](Self::ipv4_enabled).
    pub fn with_ipv4_enabled(mut self, value: bool) -> Self {
        self.ipv4_enabled = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`ipv6_enabled`](Self::ipv6_enabled).
    pub fn with_ipv6_enabled(mut self, value: bool) -> Self {
        self.ipv6_enabled = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`nameservers_v4`](Self::nameservers_v4).
    pub fn with_nameservers_v4(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.nameservers_v4 = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`nameservers_v6`](Self::nameservers_v6).
    pub fn with_nameservers_v6(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.nameservers_v6 = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`vlan_id`](Self::vlan_id).
    pub fn with_vlan_id(mut self, value: i32) -> Self {
        self.vlan_id = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`physical_interface`](Self::physical_interface).
    pub fn with_physical_interface(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.physical_interface = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`gateway_ipv4`](Self::gateway_ipv4).
    pub fn with_gateway_ipv4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gateway_ipv4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`allocation_pool_v4_start`](Self::allocation_pool_v4_start).
    pub fn with_allocation_pool_v4_start(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.allocation_pool_v4_start = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`allocation_pool_v4_end`](Self::allocation_pool_v4_end).
    pub fn with_allocation_pool_v4_end(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.allocation_pool_v4_end = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`free_ip_count`](Self::free_ip_count).
    pub fn with_free_ip_count(mut self, value: i32) -> Self {
        self.free_ip_count = ::std::option::Option::Some(value);
        self
    }
}
/// Connects the network to an existing VLAN.
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VlanConnect {
    /// `vlan_id`
    pub vlan_id: i32,
    /// `physical_interface`
    ///
    /// Defaults to `"eth0"` when left out.
    pub physical_interface: ::std::option::Option<::std::string::String>,
    /// `cidr_v4`
    pub cidr_v4: ::std::string::String,
    /// `gateway_ipv4`
    pub gateway_ipv4: ::std::string::String,
    /// `allocation_pool_v4_start`
    pub allocation_pool_v4_start: ::std::string::String,
    /// `allocation_pool_v4_end`
    pub allocation_pool_v4_end: ::std::string::String,
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl serde::Serialize for VlanConnect {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 5;
        len += self.physical_interface.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "VlanConnect", len);
        s.field("vlan_id", &self.vlan_id);
        s.optional("physical_interface", &self.physical_interface);
        s.field("cidr_v4", &self.cidr_v4);
        s.field("gateway_ipv4", &self.gateway_ipv4);
        s.field("allocation_pool_v4_start", &self.allocation_pool_v4_start);
        s.field("allocation_pool_v4_end", &self.allocation_pool_v4_end);
        s.end()
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for VlanConnect {
    const NAME: &'static str = "VlanConnect";
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
                "vlan_id",
                "physical_interface",
                "cidr_v4",
                "gateway_ipv4",
                "allocation_pool_v4_start",
                "allocation_pool_v4_end",
            ],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.value(&mut v2),
                3 => f.value(&mut v3),
                4 => f.value(&mut v4),
                5 => f.value(&mut v5),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("vlan_id");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("cidr_v4");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("gateway_ipv4");
        };
        let ::std::option::Option::Some(v4) = v4 else {
            return cloudsdk_runtime::de::missing("allocation_pool_v4_start");
        };
        let ::std::option::Option::Some(v5) = v5 else {
            return cloudsdk_runtime::de::missing("allocation_pool_v4_end");
        };
        ::std::result::Result::Ok(Self {
            vlan_id: v0,
            physical_interface: v1,
            cidr_v4: v2,
            gateway_ipv4: v3,
            allocation_pool_v4_start: v4,
            allocation_pool_v4_end: v5,
        })
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> serde::Deserialize<'de> for VlanConnect {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl VlanConnect {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        vlan_id: i32,
        cidr_v4: impl ::std::convert::Into<::std::string::String>,
        gateway_ipv4: impl ::std::convert::Into<::std::string::String>,
        allocation_pool_v4_start: impl ::std::convert::Into<::std::string::String>,
        allocation_pool_v4_end: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            vlan_id,
            physical_interface: ::std::option::Option::None,
            cidr_v4: cidr_v4.into(),
            gateway_ipv4: gateway_ipv4.into(),
            allocation_pool_v4_start: allocation_pool_v4_start.into(),
            allocation_pool_v4_end: allocation_pool_v4_end.into(),
        }
    }
    /// Sets [`physical_interface`](Self::physical_interface).
    pub fn with_physical_interface(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.physical_interface = ::std::option::Option::Some(value.into());
        self
    }
}
/// Network settings; renaming only needs `label`.
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NetworkRequest {
    /// `label`
    pub label: ::std::string::String,
    /// `"true"` to make it the default network.
    pub default: ::std::option::Option<::std::string::String>,
    /// `ipv4_enabled`
    pub ipv4_enabled: ::std::option::Option<bool>,
    /// `nameservers_v4`
    pub nameservers_v4: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `cidr_v4`
    pub cidr_v4: ::std::option::Option<::std::string::String>,
    /// `ipv6_enabled`
    pub ipv6_enabled: ::std::option::Option<bool>,
    /// `nameservers_v6`
    pub nameservers_v6: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
    /// `vlan_connect`
    pub vlan_connect: ::std::option::Option<VlanConnect>,
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl serde::Serialize for NetworkRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.default.is_some() as usize;
        len += self.ipv4_enabled.is_some() as usize;
        len += self.nameservers_v4.is_some() as usize;
        len += self.cidr_v4.is_some() as usize;
        len += self.ipv6_enabled.is_some() as usize;
        len += self.nameservers_v6.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.vlan_connect.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "NetworkRequest",
            len,
        );
        s.field("label", &self.label);
        s.optional("default", &self.default);
        s.optional("ipv4_enabled", &self.ipv4_enabled);
        s.optional("nameservers_v4", &self.nameservers_v4);
        s.optional("cidr_v4", &self.cidr_v4);
        s.optional("ipv6_enabled", &self.ipv6_enabled);
        s.optional("nameservers_v6", &self.nameservers_v6);
        s.optional("region", &self.region);
        s.optional("vlan_connect", &self.vlan_connect);
        s.end()
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NetworkRequest {
    const NAME: &'static str = "NetworkRequest";
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
                "label",
                "default",
                "ipv4_enabled",
                "nameservers_v4",
                "cidr_v4",
                "ipv6_enabled",
                "nameservers_v6",
                "region",
                "vlan_connect",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("label");
        };
        ::std::result::Result::Ok(Self {
            label: v0,
            default: v1,
            ipv4_enabled: v2,
            nameservers_v4: v3,
            cidr_v4: v4,
            ipv6_enabled: v5,
            nameservers_v6: v6,
            region: v7,
            vlan_connect: v8,
        })
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> serde::Deserialize<'de> for NetworkRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl NetworkRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(label: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            label: label.into(),
            default: ::std::option::Option::None,
            ipv4_enabled: ::std::option::Option::None,
            nameservers_v4: ::std::option::Option::None,
            cidr_v4: ::std::option::Option::None,
            ipv6_enabled: ::std::option::Option::None,
            nameservers_v6: ::std::option::Option::None,
            region: ::std::option::Option::None,
            vlan_connect: ::std::option::Option::None,
        }
    }
    /// Sets [`default`](Self::default).
    pub fn with_default(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ipv4_enabled`](Self::ipv4_enabled).
    pub fn with_ipv4_enabled(mut self, value: bool) -> Self {
        self.ipv4_enabled = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`nameservers_v4`](Self::nameservers_v4).
    pub fn with_nameservers_v4(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.nameservers_v4 = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cidr_v4`](Self::cidr_v4).
    pub fn with_cidr_v4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cidr_v4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ipv6_enabled`](Self::ipv6_enabled).
    pub fn with_ipv6_enabled(mut self, value: bool) -> Self {
        self.ipv6_enabled = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`nameservers_v6`](Self::nameservers_v6).
    pub fn with_nameservers_v6(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.nameservers_v6 = ::std::option::Option::Some(value);
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
    /// Sets [`vlan_connect`](Self::vlan_connect).
    pub fn with_vlan_connect(mut self, value: VlanConnect) -> Self {
        self.vlan_connect = ::std::option::Option::Some(value);
        self
    }
}
/// Outcome of creating or updating a network.
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NetworkResult {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// `result`
    pub result: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl serde::Serialize for NetworkResult {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.label.is_some() as usize;
        len += self.result.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "NetworkResult", len);
        s.optional("id", &self.id);
        s.optional("label", &self.label);
        s.optional("result", &self.result);
        s.end()
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for NetworkResult {
    const NAME: &'static str = "NetworkResult";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "label", "result"]);
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
            label: v1,
            result: v2,
        })
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> serde::Deserialize<'de> for NetworkResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl NetworkResult {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            label: ::std::option::Option::None,
            result: ::std::option::Option::None,
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
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`result`](Self::result).
    pub fn with_result(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
}
/// A new subnet.
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateSubnetRequest {
    /// `name`
    pub name: ::std::string::String,
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl serde::Serialize for CreateSubnetRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateSubnetRequest",
            1,
        );
        s.field("name", &self.name);
        s.end()
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateSubnetRequest {
    const NAME: &'static str = "CreateSubnetRequest";
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
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> serde::Deserialize<'de> for CreateSubnetRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl CreateSubnetRequest {
    /// Builds one from its fields.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { name: name.into() }
    }
}
/// The resource to route the subnet to.
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AttachSubnetRequest {
    /// `resource_id`
    pub resource_id: ::std::string::String,
    /// `resource_type`
    pub resource_type: ::std::string::String,
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl serde::Serialize for AttachSubnetRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "AttachSubnetRequest",
            2,
        );
        s.field("resource_id", &self.resource_id);
        s.field("resource_type", &self.resource_type);
        s.end()
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for AttachSubnetRequest {
    const NAME: &'static str = "AttachSubnetRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["resource_id", "resource_type"],
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
            return cloudsdk_runtime::de::missing("resource_id");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("resource_type");
        };
        ::std::result::Result::Ok(Self {
            resource_id: v0,
            resource_type: v1,
        })
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> serde::Deserialize<'de> for AttachSubnetRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl AttachSubnetRequest {
    /// Builds one from its fields.
    pub fn new(
        resource_id: impl ::std::convert::Into<::std::string::String>,
        resource_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            resource_id: resource_id.into(),
            resource_type: resource_type.into(),
        }
    }
}
/// A subnet attached to a resource.
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Route {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `subnet_id`
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// `resource_id`
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// `resource_type`
    pub resource_type: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl serde::Serialize for Route {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.subnet_id.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.resource_id.is_some() as usize;
        len += self.resource_type.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Route", len);
        s.optional("id", &self.id);
        s.optional("subnet_id", &self.subnet_id);
        s.optional("network_id", &self.network_id);
        s.optional("resource_id", &self.resource_id);
        s.optional("resource_type", &self.resource_type);
        s.end()
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Route {
    const NAME: &'static str = "Route";
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
            &["id", "subnet_id", "network_id", "resource_id", "resource_type"],
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
            subnet_id: v1,
            network_id: v2,
            resource_id: v3,
            resource_type: v4,
        })
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl<'de> serde::Deserialize<'de> for Route {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "networks", feature = "vpc-networks"))]
impl Route {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            subnet_id: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            resource_id: ::std::option::Option::None,
            resource_type: ::std::option::Option::None,
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
    /// Sets [`subnet_id`](Self::subnet_id).
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`resource_type`](Self::resource_type).
    pub fn with_resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// One rule of a firewall.
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FirewallRule {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `tcp`, `udp` or `icmp`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// `start_port`
    pub start_port: ::std::option::Option<::std::string::String>,
    /// `end_port`
    pub end_port: ::std::option::Option<::std::string::String>,
    /// Ports as a list or range, e.g. `80,443` or `1-65535`; takes precedence over start/end.
    pub ports: ::std::option::Option<::std::string::String>,
    /// `cidr`
    pub cidr: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ingress` or `egress`.
    pub direction: ::std::option::Option<::std::string::String>,
    /// `allow` or `deny`.
    pub action: ::std::option::Option<::std::string::String>,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl serde::Serialize for FirewallRule {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.protocol.is_some() as usize;
        len += self.start_port.is_some() as usize;
        len += self.end_port.is_some() as usize;
        len += self.ports.is_some() as usize;
        len += self.cidr.is_some() as usize;
        len += self.direction.is_some() as usize;
        len += self.action.is_some() as usize;
        len += self.label.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "FirewallRule", len);
        s.optional("id", &self.id);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("protocol", &self.protocol);
        s.optional("start_port", &self.start_port);
        s.optional("end_port", &self.end_port);
        s.optional("ports", &self.ports);
        s.optional("cidr", &self.cidr);
        s.optional("direction", &self.direction);
        s.optional("action", &self.action);
        s.optional("label", &self.label);
        s.end()
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for FirewallRule {
    const NAME: &'static str = "FirewallRule";
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
                "firewall_id",
                "protocol",
                "start_port",
                "end_port",
                "ports",
                "cidr",
                "direction",
                "action",
                "label",
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
            firewall_id: v1,
            protocol: v2,
            start_port: v3,
            end_port: v4,
            ports: v5,
            cidr: v6,
            direction: v7,
            action: v8,
            label: v9,
        })
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> serde::Deserialize<'de> for FirewallRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl FirewallRule {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            protocol: ::std::option::Option::None,
            start_port: ::std::option::Option::None,
            end_port: ::std::option::Option::None,
            ports: ::std::option::Option::None,
            cidr: ::std::option::Option::None,
            direction: ::std::option::Option::None,
            action: ::std::option::Option::None,
            label: ::std::option::Option::None,
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
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`protocol`](Self::protocol).
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`start_port`](Self::start_port).
    pub fn with_start_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`end_port`](Self::end_port).
    pub fn with_end_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ports`](Self::ports).
    pub fn with_ports(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ports = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cidr`](Self::cidr).
    pub fn with_cidr(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`direction`](Self::direction).
    pub fn with_direction(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
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
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
}
/// A set of rules controlling traffic to instances, clusters and load balancers.
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Firewall {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `rules_count`
    pub rules_count: ::std::option::Option<i32>,
    /// `instance_count`
    pub instance_count: ::std::option::Option<i32>,
    /// `cluster_count`
    pub cluster_count: ::std::option::Option<i32>,
    /// `loadbalancer_count`
    pub loadbalancer_count: ::std::option::Option<i32>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// `rules`
    pub rules: ::std::option::Option<::std::vec::Vec<FirewallRule>>,
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl serde::Serialize for Firewall {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.rules_count.is_some() as usize;
        len += self.instance_count.is_some() as usize;
        len += self.cluster_count.is_some() as usize;
        len += self.loadbalancer_count.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.rules.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Firewall", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("rules_count", &self.rules_count);
        s.optional("instance_count", &self.instance_count);
        s.optional("cluster_count", &self.cluster_count);
        s.optional("loadbalancer_count", &self.loadbalancer_count);
        s.optional("network_id", &self.network_id);
        s.optional("rules", &self.rules);
        s.end()
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Firewall {
    const NAME: &'static str = "Firewall";
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
                "id",
                "name",
                "rules_count",
                "instance_count",
                "cluster_count",
                "loadbalancer_count",
                "network_id",
                "rules",
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
            id: v0,
            name: v1,
            rules_count: v2,
            instance_count: v3,
            cluster_count: v4,
            loadbalancer_count: v5,
            network_id: v6,
            rules: v7,
        })
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> serde::Deserialize<'de> for Firewall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl Firewall {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            rules_count: ::std::option::Option::None,
            instance_count: ::std::option::Option::None,
            cluster_count: ::std::option::Option::None,
            loadbalancer_count: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            rules: ::std::option::Option::None,
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
    /// Sets [`rules_count`](Self::rules_count).
    pub fn with_rules_count(mut self, value: i32) -> Self {
        self.rules_count = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instance_count`](Self::instance_count).
    pub fn with_instance_count(mut self, value: i32) -> Self {
        self.instance_count = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cluster_count`](Self::cluster_count).
    pub fn with_cluster_count(mut self, value: i32) -> Self {
        self.cluster_count = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`loadbalancer_count`](Self::loadbalancer_count).
    pub fn with_loadbalancer_count(mut self, value: i32) -> Self {
        self.loadbalancer_count = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`rules`](Self::rules).
    pub fn with_rules(mut self, value: ::std::vec::Vec<FirewallRule>) -> Self {
        self.rules = ::std::option::Option::Some(value);
        self
    }
}
/// A new rule; give a protocol, CIDRs, direction, action and ports.
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateFirewallRuleRequest {
    /// `tcp`, `udp` or `icmp`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// `start_port`
    pub start_port: ::std::option::Option<::std::string::String>,
    /// `end_port`
    pub end_port: ::std::option::Option<::std::string::String>,
    /// Ports as a list or range, e.g. `80,443` or `1-65535`; takes precedence over start/end.
    pub ports: ::std::option::Option<::std::string::String>,
    /// `cidr`
    pub cidr: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ingress` or `egress`.
    pub direction: ::std::option::Option<::std::string::String>,
    /// `allow` or `deny`.
    pub action: ::std::option::Option<::std::string::String>,
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl serde::Serialize for CreateFirewallRuleRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.protocol.is_some() as usize;
        len += self.start_port.is_some() as usize;
        len += self.end_port.is_some() as usize;
        len += self.ports.is_some() as usize;
        len += self.cidr.is_some() as usize;
        len += self.direction.is_some() as usize;
        len += self.action.is_some() as usize;
        len += self.label.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateFirewallRuleRequest",
            len,
        );
        s.optional("protocol", &self.protocol);
        s.optional("start_port", &self.start_port);
        s.optional("end_port", &self.end_port);
        s.optional("ports", &self.ports);
        s.optional("cidr", &self.cidr);
        s.optional("direction", &self.direction);
        s.optional("action", &self.action);
        s.optional("label", &self.label);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateFirewallRuleRequest {
    const NAME: &'static str = "CreateFirewallRuleRequest";
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
                "protocol",
                "start_port",
                "end_port",
                "ports",
                "cidr",
                "direction",
                "action",
                "label",
                "region",
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
            protocol: v0,
            start_port: v1,
            end_port: v2,
            ports: v3,
            cidr: v4,
            direction: v5,
            action: v6,
            label: v7,
            region: v8,
        })
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> serde::Deserialize<'de> for CreateFirewallRuleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl CreateFirewallRuleRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            protocol: ::std::option::Option::None,
            start_port: ::std::option::Option::None,
            end_port: ::std::option::Option::None,
            ports: ::std::option::Option::None,
            cidr: ::std::option::Option::None,
            direction: ::std::option::Option::None,
            action: ::std::option::Option::None,
            label: ::std::option::Option::None,
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`protocol`](Self::protocol).
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`start_port`](Self::start_port).
    pub fn with_start_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`end_port`](Self::end_port).
    pub fn with_end_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ports`](Self::ports).
    pub fn with_ports(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ports = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cidr`](Self::cidr).
    pub fn with_cidr(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`direction`](Self::direction).
    pub fn with_direction(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
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
    /// Sets [`label`](Self::label).
    pub fn with_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
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
}
/// A new firewall.
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateFirewallRequest {
    /// `name`
    pub name: ::std::string::String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// Set to false to start without the default rules.
    pub create_rules: ::std::option::Option<bool>,
    /// Rules to create with the firewall.
    pub rules: ::std::option::Option<::std::vec::Vec<CreateFirewallRuleRequest>>,
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl serde::Serialize for CreateFirewallRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.region.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.create_rules.is_some() as usize;
        len += self.rules.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateFirewallRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("region", &self.region);
        s.optional("network_id", &self.network_id);
        s.optional("create_rules", &self.create_rules);
        s.optional("rules", &self.rules);
        s.end()
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateFirewallRequest {
    const NAME: &'static str = "CreateFirewallRequest";
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
            &["name", "region", "network_id", "create_rules", "rules"],
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
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            region: v1,
            network_id: v2,
            create_rules: v3,
            rules: v4,
        })
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> serde::Deserialize<'de> for CreateFirewallRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl CreateFirewallRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            region: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            create_rules: ::std::option::Option::None,
            rules: ::std::option::Option::None,
        }
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`create_rules`](Self::create_rules).
    pub fn with_create_rules(mut self, value: bool) -> Self {
        self.create_rules = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`rules`](Self::rules).
    pub fn with_rules(
        mut self,
        value: ::std::vec::Vec<CreateFirewallRuleRequest>,
    ) -> Self {
        self.rules = ::std::option::Option::Some(value);
        self
    }
}
/// New name of the firewall.
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateFirewallRequest {
    /// `name`
    pub name: ::std::string::String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl serde::Serialize for UpdateFirewallRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateFirewallRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateFirewallRequest {
    const NAME: &'static str = "UpdateFirewallRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "region"]);
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
        ::std::result::Result::Ok(Self { name: v0, region: v1 })
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> serde::Deserialize<'de> for UpdateFirewallRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl UpdateFirewallRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// Outcome of creating a firewall.
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct FirewallResult {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `result`
    pub result: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl serde::Serialize for FirewallResult {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.result.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "FirewallResult",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("result", &self.result);
        s.end()
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for FirewallResult {
    const NAME: &'static str = "FirewallResult";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "name", "result"]);
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
            name: v1,
            result: v2,
        })
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl<'de> serde::Deserialize<'de> for FirewallResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "firewalls", feature = "vpc-firewalls"))]
impl FirewallResult {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            result: ::std::option::Option::None,
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
    /// Sets [`result`](Self::result).
    pub fn with_result(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
}
/// A fixed backend address.
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LoadBalancerBackend {
    /// `ip`
    pub ip: ::std::option::Option<::std::string::String>,
    /// e.g. `TCP`, `HTTP`, `HTTPS`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// `source_port`
    pub source_port: ::std::option::Option<i32>,
    /// `target_port`
    pub target_port: ::std::option::Option<i32>,
    /// `health_check_port`
    pub health_check_port: ::std::option::Option<i32>,
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl serde::Serialize for LoadBalancerBackend {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.ip.is_some() as usize;
        len += self.protocol.is_some() as usize;
        len += self.source_port.is_some() as usize;
        len += self.target_port.is_some() as usize;
        len += self.health_check_port.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "LoadBalancerBackend",
            len,
        );
        s.optional("ip", &self.ip);
        s.optional("protocol", &self.protocol);
        s.optional("source_port", &self.source_port);
        s.optional("target_port", &self.target_port);
        s.optional("health_check_port", &self.health_check_port);
        s.end()
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for LoadBalancerBackend {
    const NAME: &'static str = "LoadBalancerBackend";
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
            &["ip", "protocol", "source_port", "target_port", "health_check_port"],
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
            ip: v0,
            protocol: v1,
            source_port: v2,
            target_port: v3,
            health_check_port: v4,
        })
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> serde::Deserialize<'de> for LoadBalancerBackend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl LoadBalancerBackend {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            ip: ::std::option::Option::None,
            protocol: ::std::option::Option::None,
            source_port: ::std::option::Option::None,
            target_port: ::std::option::Option::None,
            health_check_port: ::std::option::Option::None,
        }
    }
    /// Sets [`ip`](Self::ip).
    pub fn with_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`protocol`](Self::protocol).
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`source_port`](Self::source_port).
    pub fn with_source_port(mut self, value: i32) -> Self {
        self.source_port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`target_port`](Self::target_port).
    pub fn with_target_port(mut self, value: i32) -> Self {
        self.target_port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`health_check_port`](Self::health_check_port).
    pub fn with_health_check_port(mut self, value: i32) -> Self {
        self.health_check_port = ::std::option::Option::Some(value);
        self
    }
}
/// How backends are probed.
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HealthCheck {
    /// `port`
    pub port: ::std::option::Option<i32>,
    /// `path`
    pub path: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl serde::Serialize for HealthCheck {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.port.is_some() as usize;
        len += self.path.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "HealthCheck", len);
        s.optional("port", &self.port);
        s.optional("path", &self.path);
        s.end()
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for HealthCheck {
    const NAME: &'static str = "HealthCheck";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["port", "path"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { port: v0, path: v1 })
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> serde::Deserialize<'de> for HealthCheck {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl HealthCheck {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            port: ::std::option::Option::None,
            path: ::std::option::Option::None,
        }
    }
    /// Sets [`port`](Self::port).
    pub fn with_port(mut self, value: i32) -> Self {
        self.port = ::std::option::Option::Some(value);
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
}
/// Backends chosen by instance tags or names.
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LoadBalancerInstancePool {
    /// `tags`
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `names`
    pub names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `protocol`
    pub protocol: ::std::option::Option<::std::string::String>,
    /// `source_port`
    pub source_port: ::std::option::Option<i32>,
    /// `target_port`
    pub target_port: ::std::option::Option<i32>,
    /// `health_check`
    pub health_check: ::std::option::Option<HealthCheck>,
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl serde::Serialize for LoadBalancerInstancePool {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.tags.is_some() as usize;
        len += self.names.is_some() as usize;
        len += self.protocol.is_some() as usize;
        len += self.source_port.is_some() as usize;
        len += self.target_port.is_some() as usize;
        len += self.health_check.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "LoadBalancerInstancePool",
            len,
        );
        s.optional("tags", &self.tags);
        s.optional("names", &self.names);
        s.optional("protocol", &self.protocol);
        s.optional("source_port", &self.source_port);
        s.optional("target_port", &self.target_port);
        s.optional("health_check", &self.health_check);
        s.end()
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for LoadBalancerInstancePool {
    const NAME: &'static str = "LoadBalancerInstancePool";
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
            &["tags", "names", "protocol", "source_port", "target_port", "health_check"],
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
            tags: v0,
            names: v1,
            protocol: v2,
            source_port: v3,
            target_port: v4,
            health_check: v5,
        })
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> serde::Deserialize<'de> for LoadBalancerInstancePool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl LoadBalancerInstancePool {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            tags: ::std::option::Option::None,
            names: ::std::option::Option::None,
            protocol: ::std::option::Option::None,
            source_port: ::std::option::Option::None,
            target_port: ::std::option::Option::None,
            health_check: ::std::option::Option::None,
        }
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`names`](Self::names).
    pub fn with_names(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.names = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`protocol`](Self::protocol).
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`source_port`](Self::source_port).
    pub fn with_source_port(mut self, value: i32) -> Self {
        self.source_port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`target_port`](Self::target_port).
    pub fn with_target_port(mut self, value: i32) -> Self {
        self.target_port = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`health_check`](Self::health_check).
    pub fn with_health_check(mut self, value: HealthCheck) -> Self {
        self.health_check = ::std::option::Option::Some(value);
        self
    }
}
/// Timeouts of the load balancer.
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LoadBalancerOptions {
    /// `server_timeout`
    pub server_timeout: ::std::option::Option<::std::string::String>,
    /// `client_timeout`
    pub client_timeout: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl serde::Serialize for LoadBalancerOptions {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.server_timeout.is_some() as usize;
        len += self.client_timeout.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "LoadBalancerOptions",
            len,
        );
        s.optional("server_timeout", &self.server_timeout);
        s.optional("client_timeout", &self.client_timeout);
        s.end()
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for LoadBalancerOptions {
    const NAME: &'static str = "LoadBalancerOptions";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["server_timeout", "client_timeout"],
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
            server_timeout: v0,
            client_timeout: v1,
        })
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> serde::Deserialize<'de> for LoadBalancerOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl LoadBalancerOptions {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            server_timeout: ::std::option::Option::None,
            client_timeout: ::std::option::Option::None,
        }
    }
    /// Sets [`server_timeout`](Self::server_timeout).
    pub fn with_server_timeout(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_timeout = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`client_timeout`](Self::client_timeout).
    pub fn with_client_timeout(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_timeout = ::std::option::Option::Some(value.into());
        self
    }
}
/// A managed load balancer.
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LoadBalancer {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `service_name`
    pub service_name: ::std::option::Option<::std::string::String>,
    /// e.g. `round_robin`, `least_connections`.
    pub algorithm: ::std::option::Option<::std::string::String>,
    /// `backends`
    pub backends: ::std::option::Option<::std::vec::Vec<LoadBalancerBackend>>,
    /// `instance_pools`
    pub instance_pools: ::std::option::Option<::std::vec::Vec<LoadBalancerInstancePool>>,
    /// e.g. `Cluster` or `Local`.
    pub external_traffic_policy: ::std::option::Option<::std::string::String>,
    /// e.g. `None` or `ClientIP`.
    pub session_affinity: ::std::option::Option<::std::string::String>,
    /// `session_affinity_config_timeout`
    pub session_affinity_config_timeout: ::std::option::Option<i32>,
    /// `send-proxy`, `send-proxy-v2` or empty.
    pub enable_proxy_protocol: ::std::option::Option<::std::string::String>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `max_concurrent_requests`
    pub max_concurrent_requests: ::std::option::Option<i32>,
    /// `options`
    pub options: ::std::option::Option<LoadBalancerOptions>,
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// `public_ip`
    pub public_ip: ::std::option::Option<::std::string::String>,
    /// `private_ip`
    pub private_ip: ::std::option::Option<::std::string::String>,
    /// `cluster_id`
    pub cluster_id: ::std::option::Option<::std::string::String>,
    /// e.g. `available`.
    pub state: ::std::option::Option<::std::string::String>,
    /// `reserved_ip_id`
    pub reserved_ip_id: ::std::option::Option<::std::string::String>,
    /// `reserved_ip_name`
    pub reserved_ip_name: ::std::option::Option<::std::string::String>,
    /// `reserved_ip`
    pub reserved_ip: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl serde::Serialize for LoadBalancer {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.service_name.is_some() as usize;
        len += self.algorithm.is_some() as usize;
        len += self.backends.is_some() as usize;
        len += self.instance_pools.is_some() as usize;
        len += self.external_traffic_policy.is_some() as usize;
        len += self.session_affinity.is_some() as usize;
        len += self.session_affinity_config_timeout.is_some() as usize;
        len += self.enable_proxy_protocol.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.max_concurrent_requests.is_some() as usize;
        len += self.options.is_some() as usize;
        len += self.id.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.public_ip.is_some() as usize;
        len += self.private_ip.is_some() as usize;
        len += self.cluster_id.is_some() as usize;
        len += self.state.is_some() as usize;
        len += self.reserved_ip_id.is_some() as usize;
        len += self.reserved_ip_name.is_some() as usize;
        len += self.reserved_ip.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "LoadBalancer", len);
        s.optional("name", &self.name);
        s.optional("service_name", &self.service_name);
        s.optional("algorithm", &self.algorithm);
        s.optional("backends", &self.backends);
        s.optional("instance_pools", &self.instance_pools);
        s.optional("external_traffic_policy", &self.external_traffic_policy);
        s.optional("session_affinity", &self.session_affinity);
        s.optional(
            "session_affinity_config_timeout",
            &self.session_affinity_config_timeout,
        );
        s.optional("enable_proxy_protocol", &self.enable_proxy_protocol);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("max_concurrent_requests", &self.max_concurrent_requests);
        s.optional("options", &self.options);
        s.optional("id", &self.id);
        s.optional("network_id", &self.network_id);
        s.optional("public_ip", &self.public_ip);
        s.optional("private_ip", &self.private_ip);
        s.optional("cluster_id", &self.cluster_id);
        s.optional("state", &self.state);
        s.optional("reserved_ip_id", &self.reserved_ip_id);
        s.optional("reserved_ip_name", &self.reserved_ip_name);
        s.optional("reserved_ip", &self.reserved_ip);
        s.end()
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for LoadBalancer {
    const NAME: &'static str = "LoadBalancer";
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
                "name",
                "service_name",
                "algorithm",
                "backends",
                "instance_pools",
                "external_traffic_policy",
                "session_affinity",
                "session_affinity_config_timeout",
                "enable_proxy_protocol",
                "firewall_id",
                "max_concurrent_requests",
                "options",
                "id",
                "network_id",
                "public_ip",
                "private_ip",
                "cluster_id",
                "state",
                "reserved_ip_id",
                "reserved_ip_name",
                "reserved_ip",
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
            name: v0,
            service_name: v1,
            algorithm: v2,
            backends: v3,
            instance_pools: v4,
            external_traffic_policy: v5,
            session_affinity: v6,
            session_affinity_config_timeout: v7,
            enable_proxy_protocol: v8,
            firewall_id: v9,
            max_concurrent_requests: v10,
            options: v11,
            id: v12,
            network_id: v13,
            public_ip: v14,
            private_ip: v15,
            cluster_id: v16,
            state: v17,
            reserved_ip_id: v18,
            reserved_ip_name: v19,
            reserved_ip: v20,
        })
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> serde::Deserialize<'de> for LoadBalancer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl LoadBalancer {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            algorithm: ::std::option::Option::None,
            backends: ::std::option::Option::None,
            instance_pools: ::std::option::Option::None,
            external_traffic_policy: ::std::option::Option::None,
            session_affinity: ::std::option::Option::None,
            session_affinity_config_timeout: ::std::option::Option::None,
            enable_proxy_protocol: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            max_concurrent_requests: ::std::option::Option::None,
            options: ::std::option::Option::None,
            id: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            public_ip: ::std::option::Option::None,
            private_ip: ::std::option::Option::None,
            cluster_id: ::std::option::Option::None,
            state: ::std::option::Option::None,
            reserved_ip_id: ::std::option::Option::None,
            reserved_ip_name: ::std::option::Option::None,
            reserved_ip: ::std::option::Option::None,
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
    /// Sets [`service_name`](Self::service_name).
    pub fn with_service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`algorithm`](Self::algorithm).
    pub fn with_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.algorithm = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`backends`](Self::backends).
    pub fn with_backends(mut self, value: ::std::vec::Vec<LoadBalancerBackend>) -> Self {
        self.backends = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instance_pools`](Self::instance_pools).
    pub fn with_instance_pools(
        mut self,
        value: ::std::vec::Vec<LoadBalancerInstancePool>,
    ) -> Self {
        self.instance_pools = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`external_traffic_policy`](Self::external_traffic_policy).
    pub fn with_external_traffic_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_traffic_policy = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`session_affinity`](Self::session_affinity).
    pub fn with_session_affinity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.session_affinity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`session_affinity_config_timeout`](Self::session_affinity_config_timeout).
    pub fn with_session_affinity_config_timeout(mut self, value: i32) -> Self {
        self.session_affinity_config_timeout = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`enable_proxy_protocol`](Self::enable_proxy_protocol).
    pub fn with_enable_proxy_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enable_proxy_protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`max_concurrent_requests`](Self::max_concurrent_requests).
    pub fn with_max_concurrent_requests(mut self, value: i32) -> Self {
        self.max_concurrent_requests = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`options`](Self::options).
    pub fn with_options(mut self, value: LoadBalancerOptions) -> Self {
        self.options = ::std::option::Option::Some(value);
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
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`private_ip`](Self::private_ip).
    pub fn with_private_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cluster_id`](Self::cluster_id).
    pub fn with_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`reserved_ip_id`](Self::reserved_ip_id).
    pub fn with_reserved_ip_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reserved_ip_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`reserved_ip_name`](Self::reserved_ip_name).
    pub fn with_reserved_ip_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reserved_ip_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`reserved_ip`](Self::reserved_ip).
    pub fn with_reserved_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reserved_ip = ::std::option::Option::Some(value.into());
        self
    }
}
/// A new load balancer.
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateLoadBalancerRequest {
    /// `name`
    pub name: ::std::string::String,
    /// `service_name`
    pub service_name: ::std::option::Option<::std::string::String>,
    /// e.g. `round_robin`, `least_connections`.
    pub algorithm: ::std::option::Option<::std::string::String>,
    /// `backends`
    pub backends: ::std::option::Option<::std::vec::Vec<LoadBalancerBackend>>,
    /// `instance_pools`
    pub instance_pools: ::std::option::Option<::std::vec::Vec<LoadBalancerInstancePool>>,
    /// e.g. `Cluster` or `Local`.
    pub external_traffic_policy: ::std::option::Option<::std::string::String>,
    /// e.g. `None` or `ClientIP`.
    pub session_affinity: ::std::option::Option<::std::string::String>,
    /// `session_affinity_config_timeout`
    pub session_affinity_config_timeout: ::std::option::Option<i32>,
    /// `send-proxy`, `send-proxy-v2` or empty.
    pub enable_proxy_protocol: ::std::option::Option<::std::string::String>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `max_concurrent_requests`
    pub max_concurrent_requests: ::std::option::Option<i32>,
    /// `options`
    pub options: ::std::option::Option<LoadBalancerOptions>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// `cluster_id`
    pub cluster_id: ::std::option::Option<::std::string::String>,
    /// Ports to open when no firewall is given, e.g. `all`.
    pub firewall_rule: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl serde::Serialize for CreateLoadBalancerRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.service_name.is_some() as usize;
        len += self.algorithm.is_some() as usize;
        len += self.backends.is_some() as usize;
        len += self.instance_pools.is_some() as usize;
        len += self.external_traffic_policy.is_some() as usize;
        len += self.session_affinity.is_some() as usize;
        len += self.session_affinity_config_timeout.is_some() as usize;
        len += self.enable_proxy_protocol.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.max_concurrent_requests.is_some() as usize;
        len += self.options.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.cluster_id.is_some() as usize;
        len += self.firewall_rule.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateLoadBalancerRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("service_name", &self.service_name);
        s.optional("algorithm", &self.algorithm);
        s.optional("backends", &self.backends);
        s.optional("instance_pools", &self.instance_pools);
        s.optional("external_traffic_policy", &self.external_traffic_policy);
        s.optional("session_affinity", &self.session_affinity);
        s.optional(
            "session_affinity_config_timeout",
            &self.session_affinity_config_timeout,
        );
        s.optional("enable_proxy_protocol", &self.enable_proxy_protocol);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("max_concurrent_requests", &self.max_concurrent_requests);
        s.optional("options", &self.options);
        s.optional("region", &self.region);
        s.optional("network_id", &self.network_id);
        s.optional("cluster_id", &self.cluster_id);
        s.optional("firewall_rule", &self.firewall_rule);
        s.end()
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateLoadBalancerRequest {
    const NAME: &'static str = "CreateLoadBalancerRequest";
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
                "name",
                "service_name",
                "algorithm",
                "backends",
                "instance_pools",
                "external_traffic_policy",
                "session_affinity",
                "session_affinity_config_timeout",
                "enable_proxy_protocol",
                "firewall_id",
                "max_concurrent_requests",
                "options",
                "region",
                "network_id",
                "cluster_id",
                "firewall_rule",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            service_name: v1,
            algorithm: v2,
            backends: v3,
            instance_pools: v4,
            external_traffic_policy: v5,
            session_affinity: v6,
            session_affinity_config_timeout: v7,
            enable_proxy_protocol: v8,
            firewall_id: v9,
            max_concurrent_requests: v10,
            options: v11,
            region: v12,
            network_id: v13,
            cluster_id: v14,
            firewall_rule: v15,
        })
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> serde::Deserialize<'de> for CreateLoadBalancerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl CreateLoadBalancerRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            service_name: ::std::option::Option::None,
            algorithm: ::std::option::Option::None,
            backends: ::std::option::Option::None,
            instance_pools: ::std::option::Option::None,
            external_traffic_policy: ::std::option::Option::None,
            session_affinity: ::std::option::Option::None,
            session_affinity_config_timeout: ::std::option::Option::None,
            enable_proxy_protocol: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            max_concurrent_requests: ::std::option::Option::None,
            options: ::std::option::Option::None,
            region: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            cluster_id: ::std::option::Option::None,
            firewall_rule: ::std::option::Option::None,
        }
    }
    /// Sets [`service_name`](Self::service_name).
    pub fn with_service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`algorithm`](Self::algorithm).
    pub fn with_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.algorithm = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`backends`](Self::backends).
    pub fn with_backends(mut self, value: ::std::vec::Vec<LoadBalancerBackend>) -> Self {
        self.backends = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instance_pools`](Self::instance_pools).
    pub fn with_instance_pools(
        mut self,
        value: ::std::vec::Vec<LoadBalancerInstancePool>,
    ) -> Self {
        self.instance_pools = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`external_traffic_policy`](Self::external_traffic_policy).
    pub fn with_external_traffic_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_traffic_policy = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`session_affinity`](Self::session_affinity).
    pub fn with_session_affinity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.session_affinity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`session_affinity_config_timeout`](Self::session_affinity_config_timeout).
    pub fn with_session_affinity_config_timeout(mut self, value: i32) -> Self {
        self.session_affinity_config_timeout = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`enable_proxy_protocol`](Self::enable_proxy_protocol).
    pub fn with_enable_proxy_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enable_proxy_protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`max_concurrent_requests`](Self::max_concurrent_requests).
    pub fn with_max_concurrent_requests(mut self, value: i32) -> Self {
        self.max_concurrent_requests = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`options`](Self::options).
    pub fn with_options(mut self, value: LoadBalancerOptions) -> Self {
        self.options = ::std::option::Option::Some(value);
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
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cluster_id`](Self::cluster_id).
    pub fn with_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_rule`](Self::firewall_rule).
    pub fn with_firewall_rule(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_rule = ::std::option::Option::Some(value.into());
        self
    }
}
/// Load balancer settings to change.
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateLoadBalancerRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `service_name`
    pub service_name: ::std::option::Option<::std::string::String>,
    /// e.g. `round_robin`, `least_connections`.
    pub algorithm: ::std::option::Option<::std::string::String>,
    /// `backends`
    pub backends: ::std::option::Option<::std::vec::Vec<LoadBalancerBackend>>,
    /// `instance_pools`
    pub instance_pools: ::std::option::Option<::std::vec::Vec<LoadBalancerInstancePool>>,
    /// e.g. `Cluster` or `Local`.
    pub external_traffic_policy: ::std::option::Option<::std::string::String>,
    /// e.g. `None` or `ClientIP`.
    pub session_affinity: ::std::option::Option<::std::string::String>,
    /// `session_affinity_config_timeout`
    pub session_affinity_config_timeout: ::std::option::Option<i32>,
    /// `send-proxy`, `send-proxy-v2` or empty.
    pub enable_proxy_protocol: ::std::option::Option<::std::string::String>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `max_concurrent_requests`
    pub max_concurrent_requests: ::std::option::Option<i32>,
    /// `options`
    pub options: ::std::option::Option<LoadBalancerOptions>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl serde::Serialize for UpdateLoadBalancerRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.service_name.is_some() as usize;
        len += self.algorithm.is_some() as usize;
        len += self.backends.is_some() as usize;
        len += self.instance_pools.is_some() as usize;
        len += self.external_traffic_policy.is_some() as usize;
        len += self.session_affinity.is_some() as usize;
        len += self.session_affinity_config_timeout.is_some() as usize;
        len += self.enable_proxy_protocol.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.max_concurrent_requests.is_some() as usize;
        len += self.options.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateLoadBalancerRequest",
            len,
        );
        s.optional("name", &self.name);
        s.optional("service_name", &self.service_name);
        s.optional("algorithm", &self.algorithm);
        s.optional("backends", &self.backends);
        s.optional("instance_pools", &self.instance_pools);
        s.optional("external_traffic_policy", &self.external_traffic_policy);
        s.optional("session_affinity", &self.session_affinity);
        s.optional(
            "session_affinity_config_timeout",
            &self.session_affinity_config_timeout,
        );
        s.optional("enable_proxy_protocol", &self.enable_proxy_protocol);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("max_concurrent_requests", &self.max_concurrent_requests);
        s.optional("options", &self.options);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateLoadBalancerRequest {
    const NAME: &'static str = "UpdateLoadBalancerRequest";
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
                "name",
                "service_name",
                "algorithm",
                "backends",
                "instance_pools",
                "external_traffic_policy",
                "session_affinity",
                "session_affinity_config_timeout",
                "enable_proxy_protocol",
                "firewall_id",
                "max_concurrent_requests",
                "options",
                "region",
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
            name: v0,
            service_name: v1,
            algorithm: v2,
            backends: v3,
            instance_pools: v4,
            external_traffic_policy: v5,
            session_affinity: v6,
            session_affinity_config_timeout: v7,
            enable_proxy_protocol: v8,
            firewall_id: v9,
            max_concurrent_requests: v10,
            options: v11,
            region: v12,
        })
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl<'de> serde::Deserialize<'de> for UpdateLoadBalancerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "load-balancers", feature = "vpc-load-balancers"))]
impl UpdateLoadBalancerRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            algorithm: ::std::option::Option::None,
            backends: ::std::option::Option::None,
            instance_pools: ::std::option::Option::None,
            external_traffic_policy: ::std::option::Option::None,
            session_affinity: ::std::option::Option::None,
            session_affinity_config_timeout: ::std::option::Option::None,
            enable_proxy_protocol: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            max_concurrent_requests: ::std::option::Option::None,
            options: ::std::option::Option::None,
            region: ::std::option::Option::None,
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
    /// Sets [`service_name`](Self::service_name).
    pub fn with_service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`algorithm`](Self::algorithm).
    pub fn with_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.algorithm = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`backends`](Self::backends).
    pub fn with_backends(mut self, value: ::std::vec::Vec<LoadBalancerBackend>) -> Self {
        self.backends = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instance_pools`](Self::instance_pools).
    pub fn with_instance_pools(
        mut self,
        value: ::std::vec::Vec<LoadBalancerInstancePool>,
    ) -> Self {
        self.instance_pools = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`external_traffic_policy`](Self::external_traffic_policy).
    pub fn with_external_traffic_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_traffic_policy = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`session_affinity`](Self::session_affinity).
    pub fn with_session_affinity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.session_affinity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`session_affinity_config_timeout`](Self::session_affinity_config_timeout).
    pub fn with_session_affinity_config_timeout(mut self, value: i32) -> Self {
        self.session_affinity_config_timeout = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`enable_proxy_protocol`](Self::enable_proxy_protocol).
    pub fn with_enable_proxy_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enable_proxy_protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`max_concurrent_requests`](Self::max_concurrent_requests).
    pub fn with_max_concurrent_requests(mut self, value: i32) -> Self {
        self.max_concurrent_requests = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`options`](Self::options).
    pub fn with_options(mut self, value: LoadBalancerOptions) -> Self {
        self.options = ::std::option::Option::Some(value);
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
}
/// What a reserved IP is attached to.
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct IpAssignment {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `instance` or `loadbalancer`.
    pub type_: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl serde::Serialize for IpAssignment {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.type_.is_some() as usize;
        len += self.name.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "IpAssignment", len);
        s.optional("id", &self.id);
        s.optional("type", &self.type_);
        s.optional("name", &self.name);
        s.end()
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for IpAssignment {
    const NAME: &'static str = "IpAssignment";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["id", "type", "name"]);
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
            type_: v1,
            name: v2,
        })
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> serde::Deserialize<'de> for IpAssignment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl IpAssignment {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            type_: ::std::option::Option::None,
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
    /// Sets [`type_`](Self::type_).
    pub fn with_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type_ = ::std::option::Option::Some(value.into());
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
/// A public IPv4 address kept independently of any instance.
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReservedIp {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// Defaults to the address.
    pub name: ::std::option::Option<::std::string::String>,
    /// `ip`
    pub ip: ::std::option::Option<::std::string::String>,
    /// `assigned_to`
    pub assigned_to: ::std::option::Option<IpAssignment>,
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl serde::Serialize for ReservedIp {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.ip.is_some() as usize;
        len += self.assigned_to.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ReservedIp", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("ip", &self.ip);
        s.optional("assigned_to", &self.assigned_to);
        s.end()
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ReservedIp {
    const NAME: &'static str = "ReservedIp";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "name", "ip", "assigned_to"],
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
            id: v0,
            name: v1,
            ip: v2,
            assigned_to: v3,
        })
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> serde::Deserialize<'de> for ReservedIp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl ReservedIp {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            ip: ::std::option::Option::None,
            assigned_to: ::std::option::Option::None,
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
    /// Sets [`ip`](Self::ip).
    pub fn with_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`assigned_to`](Self::assigned_to).
    pub fn with_assigned_to(mut self, value: IpAssignment) -> Self {
        self.assigned_to = ::std::option::Option::Some(value);
        self
    }
}
/// One page of reserved IPs.
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReservedIpPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: ::std::vec::Vec<ReservedIp>,
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl serde::Serialize for ReservedIpPage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ReservedIpPage", 4);
        s.field("page", &self.page);
        s.field("per_page", &self.per_page);
        s.field("pages", &self.pages);
        s.field("items", &self.items);
        s.end()
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ReservedIpPage {
    const NAME: &'static str = "ReservedIpPage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["page", "per_page", "pages", "items"],
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
            return cloudsdk_runtime::de::missing("page");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("per_page");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("pages");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("items");
        };
        ::std::result::Result::Ok(Self {
            page: v0,
            per_page: v1,
            pages: v2,
            items: v3,
        })
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> serde::Deserialize<'de> for ReservedIpPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl ReservedIpPage {
    /// Builds one from its fields.
    pub fn new(
        page: i32,
        per_page: i32,
        pages: i32,
        items: ::std::vec::Vec<ReservedIp>,
    ) -> Self {
        Self {
            page,
            per_page,
            pages,
            items,
        }
    }
}
/// A new reserved IP.
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateReservedIpRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl serde::Serialize for CreateReservedIpRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateReservedIpRequest",
            len,
        );
        s.optional("name", &self.name);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateReservedIpRequest {
    const NAME: &'static str = "CreateReservedIpRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "region"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self { name: v0, region: v1 })
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> serde::Deserialize<'de> for CreateReservedIpRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl CreateReservedIpRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            region: ::std::option::Option::None,
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
}
/// New name of the address.
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateReservedIpRequest {
    /// `name`
    pub name: ::std::string::String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl serde::Serialize for UpdateReservedIpRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateReservedIpRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateReservedIpRequest {
    const NAME: &'static str = "UpdateReservedIpRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["name", "region"]);
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
        ::std::result::Result::Ok(Self { name: v0, region: v1 })
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> serde::Deserialize<'de> for UpdateReservedIpRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl UpdateReservedIpRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// `assign` or `unassign`.
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ReservedIpActionRequestAction {
    /// `assign`
    Assign,
    /// `unassign`
    Unassign,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
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
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl ::std::convert::From<::std::string::String> for ReservedIpActionRequestAction {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "assign" => Self::Assign,
            "unassign" => Self::Unassign,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl std::fmt::Display for ReservedIpActionRequestAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl serde::Serialize for ReservedIpActionRequestAction {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> serde::Deserialize<'de> for ReservedIpActionRequestAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl ::std::cmp::Eq for ReservedIpActionRequestAction {}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl ::std::cmp::PartialOrd for ReservedIpActionRequestAction {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl ::std::hash::Hash for ReservedIpActionRequestAction {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// Assign the address to, or release it from, a resource.
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReservedIpActionRequest {
    /// `assign` or `unassign`.
    pub action: ReservedIpActionRequestAction,
    /// Target resource; needed to assign.
    pub assign_to_id: ::std::option::Option<::std::string::String>,
    /// `instance` or `loadbalancer`; needed to assign.
    pub assign_to_type: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl serde::Serialize for ReservedIpActionRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.assign_to_id.is_some() as usize;
        len += self.assign_to_type.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ReservedIpActionRequest",
            len,
        );
        s.field("action", &self.action);
        s.optional("assign_to_id", &self.assign_to_id);
        s.optional("assign_to_type", &self.assign_to_type);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ReservedIpActionRequest {
    const NAME: &'static str = "ReservedIpActionRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["action", "assign_to_id", "assign_to_type", "region"],
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
            return cloudsdk_runtime::de::missing("action");
        };
        ::std::result::Result::Ok(Self {
            action: v0,
            assign_to_id: v1,
            assign_to_type: v2,
            region: v3,
        })
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl<'de> serde::Deserialize<'de> for ReservedIpActionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "reserved-ips", feature = "vpc-reserved-ips"))]
impl ReservedIpActionRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(action: ReservedIpActionRequestAction) -> Self {
        Self {
            action,
            assign_to_id: ::std::option::Option::None,
            assign_to_type: ::std::option::Option::None,
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`assign_to_id`](Self::assign_to_id).
    pub fn with_assign_to_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.assign_to_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`assign_to_type`](Self::assign_to_type).
    pub fn with_assign_to_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.assign_to_type = ::std::option::Option::Some(value.into());
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
}
/// A domain whose DNS Civo serves.
#[cfg(feature = "dns")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DnsDomain {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `account_id`
    pub account_id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "dns")]
impl serde::Serialize for DnsDomain {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.account_id.is_some() as usize;
        len += self.name.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "DnsDomain", len);
        s.optional("id", &self.id);
        s.optional("account_id", &self.account_id);
        s.optional("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "dns")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DnsDomain {
    const NAME: &'static str = "DnsDomain";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["id", "account_id", "name"],
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
            account_id: v1,
            name: v2,
        })
    }
}
#[cfg(feature = "dns")]
impl<'de> serde::Deserialize<'de> for DnsDomain {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "dns")]
impl DnsDomain {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
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
    /// Sets [`account_id`](Self::account_id).
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
/// The domain name.
#[cfg(feature = "dns")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DnsDomainRequest {
    /// `name`
    pub name: ::std::string::String,
}
#[cfg(feature = "dns")]
impl serde::Serialize for DnsDomainRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "DnsDomainRequest",
            1,
        );
        s.field("name", &self.name);
        s.end()
    }
}
#[cfg(feature = "dns")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DnsDomainRequest {
    const NAME: &'static str = "DnsDomainRequest";
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
#[cfg(feature = "dns")]
impl<'de> serde::Deserialize<'de> for DnsDomainRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "dns")]
impl DnsDomainRequest {
    /// Builds one from its fields.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { name: name.into() }
    }
}
/// A record in a DNS domain.
#[cfg(feature = "dns")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DnsRecord {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `account_id`
    pub account_id: ::std::option::Option<::std::string::String>,
    /// `domain_id`
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// `@` for the apex, or a label.
    pub name: ::std::option::Option<::std::string::String>,
    /// `value`
    pub value: ::std::option::Option<::std::string::String>,
    /// `A`, `CNAME`, `MX`, `SRV`, `TXT`, `NS` (others such as `AAAA` may appear).
    pub type_: ::std::option::Option<::std::string::String>,
    /// `priority`
    pub priority: ::std::option::Option<i32>,
    /// `ttl`
    pub ttl: ::std::option::Option<i32>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `updated_at`
    pub updated_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(feature = "dns")]
impl serde::Serialize for DnsRecord {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.account_id.is_some() as usize;
        len += self.domain_id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.value.is_some() as usize;
        len += self.type_.is_some() as usize;
        len += self.priority.is_some() as usize;
        len += self.ttl.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.updated_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "DnsRecord", len);
        s.optional("id", &self.id);
        s.optional("account_id", &self.account_id);
        s.optional("domain_id", &self.domain_id);
        s.optional("name", &self.name);
        s.optional("value", &self.value);
        s.optional("type", &self.type_);
        s.optional("priority", &self.priority);
        s.optional("ttl", &self.ttl);
        s.optional("created_at", &self.created_at);
        s.optional("updated_at", &self.updated_at);
        s.end()
    }
}
#[cfg(feature = "dns")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DnsRecord {
    const NAME: &'static str = "DnsRecord";
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
                "account_id",
                "domain_id",
                "name",
                "value",
                "type",
                "priority",
                "ttl",
                "created_at",
                "updated_at",
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
            account_id: v1,
            domain_id: v2,
            name: v3,
            value: v4,
            type_: v5,
            priority: v6,
            ttl: v7,
            created_at: v8,
            updated_at: v9,
        })
    }
}
#[cfg(feature = "dns")]
impl<'de> serde::Deserialize<'de> for DnsRecord {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "dns")]
impl DnsRecord {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            domain_id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            value: ::std::option::Option::None,
            type_: ::std::option::Option::None,
            priority: ::std::option::Option::None,
            ttl: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            updated_at: ::std::option::Option::None,
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
    /// Sets [`account_id`](Self::account_id).
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`domain_id`](Self::domain_id).
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`value`](Self::value).
    pub fn with_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`priority`](Self::priority).
    pub fn with_priority(mut self, value: i32) -> Self {
        self.priority = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`ttl`](Self::ttl).
    pub fn with_ttl(mut self, value: i32) -> Self {
        self.ttl = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`updated_at`](Self::updated_at).
    pub fn with_updated_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.updated_at = ::std::option::Option::Some(value);
        self
    }
}
/// Record contents.
#[cfg(feature = "dns")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DnsRecordRequest {
    /// `type`
    pub type_: ::std::string::String,
    /// `name`
    pub name: ::std::string::String,
    /// `value`
    pub value: ::std::string::String,
    /// `priority`
    pub priority: ::std::option::Option<i32>,
    /// `ttl`
    pub ttl: ::std::option::Option<i32>,
}
#[cfg(feature = "dns")]
impl serde::Serialize for DnsRecordRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.priority.is_some() as usize;
        len += self.ttl.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "DnsRecordRequest",
            len,
        );
        s.field("type", &self.type_);
        s.field("name", &self.name);
        s.field("value", &self.value);
        s.optional("priority", &self.priority);
        s.optional("ttl", &self.ttl);
        s.end()
    }
}
#[cfg(feature = "dns")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DnsRecordRequest {
    const NAME: &'static str = "DnsRecordRequest";
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
            &["type", "name", "value", "priority", "ttl"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.value(&mut v2),
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
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("value");
        };
        ::std::result::Result::Ok(Self {
            type_: v0,
            name: v1,
            value: v2,
            priority: v3,
            ttl: v4,
        })
    }
}
#[cfg(feature = "dns")]
impl<'de> serde::Deserialize<'de> for DnsRecordRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "dns")]
impl DnsRecordRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        type_: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            type_: type_.into(),
            name: name.into(),
            value: value.into(),
            priority: ::std::option::Option::None,
            ttl: ::std::option::Option::None,
        }
    }
    /// Sets [`priority`](Self::priority).
    pub fn with_priority(mut self, value: i32) -> Self {
        self.priority = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`ttl`](Self::ttl).
    pub fn with_ttl(mut self, value: i32) -> Self {
        self.ttl = ::std::option::Option::Some(value);
        self
    }
}
/// The `TaintEffect` schema.
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum TaintEffect {
    /// `NoSchedule`
    NoSchedule,
    /// `PreferNoSchedule`
    PreferNoSchedule,
    /// `NoExecute`
    NoExecute,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
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
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl ::std::convert::From<::std::string::String> for TaintEffect {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "NoSchedule" => Self::NoSchedule,
            "PreferNoSchedule" => Self::PreferNoSchedule,
            "NoExecute" => Self::NoExecute,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl std::fmt::Display for TaintEffect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl serde::Serialize for TaintEffect {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl<'de> serde::Deserialize<'de> for TaintEffect {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl ::std::cmp::Eq for TaintEffect {}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl ::std::cmp::PartialOrd for TaintEffect {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl ::std::hash::Hash for TaintEffect {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// A Kubernetes node taint.
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Taint {
    /// `key`
    pub key: ::std::string::String,
    /// `value`
    pub value: ::std::option::Option<::std::string::String>,
    /// `effect`
    pub effect: TaintEffect,
    /// `timeAdded`
    pub time_added: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl serde::Serialize for Taint {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.value.is_some() as usize;
        len += self.time_added.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Taint", len);
        s.field("key", &self.key);
        s.optional("value", &self.value);
        s.field("effect", &self.effect);
        s.optional("timeAdded", &self.time_added);
        s.end()
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Taint {
    const NAME: &'static str = "Taint";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["key", "value", "effect", "timeAdded"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                2 => f.value(&mut v2),
                3 => f.optional(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("key");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("effect");
        };
        ::std::result::Result::Ok(Self {
            key: v0,
            value: v1,
            effect: v2,
            time_added: v3,
        })
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl<'de> serde::Deserialize<'de> for Taint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl Taint {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        key: impl ::std::convert::Into<::std::string::String>,
        effect: TaintEffect,
    ) -> Self {
        Self {
            key: key.into(),
            value: ::std::option::Option::None,
            effect,
            time_added: ::std::option::Option::None,
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
    /// Sets [`time_added`](Self::time_added).
    pub fn with_time_added(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.time_added = ::std::option::Option::Some(value);
        self
    }
}
/// A node of a Kubernetes cluster.
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KubernetesInstance {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `hostname`
    pub hostname: ::std::option::Option<::std::string::String>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// `region`
    pub region: ::std::option::Option<::std::string::String>,
    /// `source_type`
    pub source_type: ::std::option::Option<::std::string::String>,
    /// `source_id`
    pub source_id: ::std::option::Option<::std::string::String>,
    /// `initial_user`
    pub initial_user: ::std::option::Option<::std::string::String>,
    /// `initial_password`
    pub initial_password: ::std::option::Option<::std::string::String>,
    /// `status`
    pub status: ::std::option::Option<::std::string::String>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `public_ip`
    pub public_ip: ::std::option::Option<::std::string::String>,
    /// `cpu_cores`
    pub cpu_cores: ::std::option::Option<i32>,
    /// `ram_mb`
    pub ram_mb: ::std::option::Option<i32>,
    /// `disk_gb`
    pub disk_gb: ::std::option::Option<i32>,
    /// `tags`
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `civostatsd_token`
    pub civostatsd_token: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl std::fmt::Debug for KubernetesInstance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KubernetesInstance")
            .field("id", &self.id)
            .field("hostname", &self.hostname)
            .field("size", &self.size)
            .field("region", &self.region)
            .field("source_type", &self.source_type)
            .field("source_id", &self.source_id)
            .field("initial_user", &self.initial_user)
            .field(
                "initial_password",
                &cloudsdk_runtime::Redacted(&self.initial_password),
            )
            .field("status", &self.status)
            .field("firewall_id", &self.firewall_id)
            .field("public_ip", &self.public_ip)
            .field("cpu_cores", &self.cpu_cores)
            .field("ram_mb", &self.ram_mb)
            .field("disk_gb", &self.disk_gb)
            .field("tags", &self.tags)
            .field("created_at", &self.created_at)
            .field(
                "civostatsd_token",
                &cloudsdk_runtime::Redacted(&self.civostatsd_token),
            )
            .finish()
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl serde::Serialize for KubernetesInstance {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.hostname.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.source_type.is_some() as usize;
        len += self.source_id.is_some() as usize;
        len += self.initial_user.is_some() as usize;
        len += self.initial_password.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.public_ip.is_some() as usize;
        len += self.cpu_cores.is_some() as usize;
        len += self.ram_mb.is_some() as usize;
        len += self.disk_gb.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.civostatsd_token.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "KubernetesInstance",
            len,
        );
        s.optional("id", &self.id);
        s.optional("hostname", &self.hostname);
        s.optional("size", &self.size);
        s.optional("region", &self.region);
        s.optional("source_type", &self.source_type);
        s.optional("source_id", &self.source_id);
        s.optional("initial_user", &self.initial_user);
        s.optional("initial_password", &self.initial_password);
        s.optional("status", &self.status);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("public_ip", &self.public_ip);
        s.optional("cpu_cores", &self.cpu_cores);
        s.optional("ram_mb", &self.ram_mb);
        s.optional("disk_gb", &self.disk_gb);
        s.optional("tags", &self.tags);
        s.optional("created_at", &self.created_at);
        s.optional("civostatsd_token", &self.civostatsd_token);
        s.end()
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for KubernetesInstance {
    const NAME: &'static str = "KubernetesInstance";
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "hostname",
                "size",
                "region",
                "source_type",
                "source_id",
                "initial_user",
                "initial_password",
                "status",
                "firewall_id",
                "public_ip",
                "cpu_cores",
                "ram_mb",
                "disk_gb",
                "tags",
                "created_at",
                "civostatsd_token",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            id: v0,
            hostname: v1,
            size: v2,
            region: v3,
            source_type: v4,
            source_id: v5,
            initial_user: v6,
            initial_password: v7,
            status: v8,
            firewall_id: v9,
            public_ip: v10,
            cpu_cores: v11,
            ram_mb: v12,
            disk_gb: v13,
            tags: v14,
            created_at: v15,
            civostatsd_token: v16,
        })
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl<'de> serde::Deserialize<'de> for KubernetesInstance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl KubernetesInstance {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            hostname: ::std::option::Option::None,
            size: ::std::option::Option::None,
            region: ::std::option::Option::None,
            source_type: ::std::option::Option::None,
            source_id: ::std::option::Option::None,
            initial_user: ::std::option::Option::None,
            initial_password: ::std::option::Option::None,
            status: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            public_ip: ::std::option::Option::None,
            cpu_cores: ::std::option::Option::None,
            ram_mb: ::std::option::Option::None,
            disk_gb: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            civostatsd_token: ::std::option::Option::None,
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
    /// Sets [`hostname`](Self::hostname).
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
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
    /// Sets [`source_type`](Self::source_type).
    pub fn with_source_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`source_id`](Self::source_id).
    pub fn with_source_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`initial_user`](Self::initial_user).
    pub fn with_initial_user(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.initial_user = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`initial_password`](Self::initial_password).
    pub fn with_initial_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.initial_password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`cpu_cores`](Self::cpu_cores).
    pub fn with_cpu_cores(mut self, value: i32) -> Self {
        self.cpu_cores = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`ram_mb`](Self::ram_mb).
    pub fn with_ram_mb(mut self, value: i32) -> Self {
        self.ram_mb = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`disk_gb`](Self::disk_gb).
    pub fn with_disk_gb(mut self, value: i32) -> Self {
        self.disk_gb = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`civostatsd_token`](Self::civostatsd_token).
    pub fn with_civostatsd_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.civostatsd_token = ::std::option::Option::Some(value.into());
        self
    }
}
/// A group of identically sized nodes.
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KubernetesPool {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `count`
    pub count: ::std::option::Option<i32>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// `instance_names`
    pub instance_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `instances`
    pub instances: ::std::option::Option<::std::vec::Vec<KubernetesInstance>>,
    /// `labels`
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `annotations`
    pub annotations: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `taints`
    pub taints: ::std::option::Option<::std::vec::Vec<Taint>>,
    /// Whether nodes get public addresses.
    pub public_ip_node_pool: ::std::option::Option<bool>,
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl serde::Serialize for KubernetesPool {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.count.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.instance_names.is_some() as usize;
        len += self.instances.is_some() as usize;
        len += self.labels.is_some() as usize;
        len += self.annotations.is_some() as usize;
        len += self.taints.is_some() as usize;
        len += self.public_ip_node_pool.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "KubernetesPool",
            len,
        );
        s.optional("id", &self.id);
        s.optional("count", &self.count);
        s.optional("size", &self.size);
        s.optional("instance_names", &self.instance_names);
        s.optional("instances", &self.instances);
        s.optional("labels", &self.labels);
        s.optional("annotations", &self.annotations);
        s.optional("taints", &self.taints);
        s.optional("public_ip_node_pool", &self.public_ip_node_pool);
        s.end()
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for KubernetesPool {
    const NAME: &'static str = "KubernetesPool";
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
                "count",
                "size",
                "instance_names",
                "instances",
                "labels",
                "annotations",
                "taints",
                "public_ip_node_pool",
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
            count: v1,
            size: v2,
            instance_names: v3,
            instances: v4,
            labels: v5,
            annotations: v6,
            taints: v7,
            public_ip_node_pool: v8,
        })
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl<'de> serde::Deserialize<'de> for KubernetesPool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(any(feature = "kubernetes", feature = "kubernetes-pools"))]
impl KubernetesPool {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            count: ::std::option::Option::None,
            size: ::std::option::Option::None,
            instance_names: ::std::option::Option::None,
            instances: ::std::option::Option::None,
            labels: ::std::option::Option::None,
            annotations: ::std::option::Option::None,
            taints: ::std::option::Option::None,
            public_ip_node_pool: ::std::option::Option::None,
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
    /// Sets [`count`](Self::count).
    pub fn with_count(mut self, value: i32) -> Self {
        self.count = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_names`](Self::instance_names).
    pub fn with_instance_names(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.instance_names = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instances`](Self::instances).
    pub fn with_instances(mut self, value: ::std::vec::Vec<KubernetesInstance>) -> Self {
        self.instances = ::std::option::Option::Some(value);
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
    /// Sets [`annotations`](Self::annotations).
    pub fn with_annotations(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.annotations = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`taints`](Self::taints).
    pub fn with_taints(mut self, value: ::std::vec::Vec<Taint>) -> Self {
        self.taints = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`public_ip_node_pool`](Self::public_ip_node_pool).
    pub fn with_public_ip_node_pool(mut self, value: bool) -> Self {
        self.public_ip_node_pool = ::std::option::Option::Some(value);
        self
    }
}
/// A pool the cluster asked for, as requested.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RequiredPool {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// `count`
    pub count: ::std::option::Option<i32>,
    /// `labels`
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `annotations`
    pub annotations: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `taints`
    pub taints: ::std::option::Option<::std::vec::Vec<Taint>>,
    /// `public_ip_node_pool`
    pub public_ip_node_pool: ::std::option::Option<bool>,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for RequiredPool {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.count.is_some() as usize;
        len += self.labels.is_some() as usize;
        len += self.annotations.is_some() as usize;
        len += self.taints.is_some() as usize;
        len += self.public_ip_node_pool.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "RequiredPool", len);
        s.optional("id", &self.id);
        s.optional("size", &self.size);
        s.optional("count", &self.count);
        s.optional("labels", &self.labels);
        s.optional("annotations", &self.annotations);
        s.optional("taints", &self.taints);
        s.optional("public_ip_node_pool", &self.public_ip_node_pool);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RequiredPool {
    const NAME: &'static str = "RequiredPool";
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
                "size",
                "count",
                "labels",
                "annotations",
                "taints",
                "public_ip_node_pool",
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
            size: v1,
            count: v2,
            labels: v3,
            annotations: v4,
            taints: v5,
            public_ip_node_pool: v6,
        })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for RequiredPool {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl RequiredPool {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            size: ::std::option::Option::None,
            count: ::std::option::Option::None,
            labels: ::std::option::Option::None,
            annotations: ::std::option::Option::None,
            taints: ::std::option::Option::None,
            public_ip_node_pool: ::std::option::Option::None,
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
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`count`](Self::count).
    pub fn with_count(mut self, value: i32) -> Self {
        self.count = ::std::option::Option::Some(value);
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
    /// Sets [`annotations`](Self::annotations).
    pub fn with_annotations(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.annotations = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`taints`](Self::taints).
    pub fn with_taints(mut self, value: ::std::vec::Vec<Taint>) -> Self {
        self.taints = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`public_ip_node_pool`](Self::public_ip_node_pool).
    pub fn with_public_ip_node_pool(mut self, value: bool) -> Self {
        self.public_ip_node_pool = ::std::option::Option::Some(value);
        self
    }
}
/// A marketplace application installed on a cluster.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstalledApplication {
    /// `application`
    pub application: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `version`
    pub version: ::std::option::Option<::std::string::String>,
    /// `dependencies`
    pub dependencies: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `maintainer`
    pub maintainer: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// Notes shown after installation.
    pub post_install: ::std::option::Option<::std::string::String>,
    /// `installed`
    pub installed: ::std::option::Option<bool>,
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
    /// `category`
    pub category: ::std::option::Option<::std::string::String>,
    /// `updated_at`
    pub updated_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `image_url`
    pub image_url: ::std::option::Option<::std::string::String>,
    /// `plan`
    pub plan: ::std::option::Option<::std::string::String>,
    /// Configuration by key.
    pub configuration: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
    >,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for InstalledApplication {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.application.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.version.is_some() as usize;
        len += self.dependencies.is_some() as usize;
        len += self.maintainer.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.post_install.is_some() as usize;
        len += self.installed.is_some() as usize;
        len += self.url.is_some() as usize;
        len += self.category.is_some() as usize;
        len += self.updated_at.is_some() as usize;
        len += self.image_url.is_some() as usize;
        len += self.plan.is_some() as usize;
        len += self.configuration.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "InstalledApplication",
            len,
        );
        s.optional("application", &self.application);
        s.optional("name", &self.name);
        s.optional("version", &self.version);
        s.optional("dependencies", &self.dependencies);
        s.optional("maintainer", &self.maintainer);
        s.optional("description", &self.description);
        s.optional("post_install", &self.post_install);
        s.optional("installed", &self.installed);
        s.optional("url", &self.url);
        s.optional("category", &self.category);
        s.optional("updated_at", &self.updated_at);
        s.optional("image_url", &self.image_url);
        s.optional("plan", &self.plan);
        s.optional("configuration", &self.configuration);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for InstalledApplication {
    const NAME: &'static str = "InstalledApplication";
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
                "application",
                "name",
                "version",
                "dependencies",
                "maintainer",
                "description",
                "post_install",
                "installed",
                "url",
                "category",
                "updated_at",
                "image_url",
                "plan",
                "configuration",
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
            application: v0,
            name: v1,
            version: v2,
            dependencies: v3,
            maintainer: v4,
            description: v5,
            post_install: v6,
            installed: v7,
            url: v8,
            category: v9,
            updated_at: v10,
            image_url: v11,
            plan: v12,
            configuration: v13,
        })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for InstalledApplication {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl InstalledApplication {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            application: ::std::option::Option::None,
            name: ::std::option::Option::None,
            version: ::std::option::Option::None,
            dependencies: ::std::option::Option::None,
            maintainer: ::std::option::Option::None,
            description: ::std::option::Option::None,
            post_install: ::std::option::Option::None,
            installed: ::std::option::Option::None,
            url: ::std::option::Option::None,
            category: ::std::option::Option::None,
            updated_at: ::std::option::Option::None,
            image_url: ::std::option::Option::None,
            plan: ::std::option::Option::None,
            configuration: ::std::option::Option::None,
        }
    }
    /// Sets [`application`](Self::application).
    pub fn with_application(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.application = ::std::option::Option::Some(value.into());
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
    /// Sets [`version`](Self::version).
    pub fn with_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`dependencies`](Self::dependencies).
    pub fn with_dependencies(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.dependencies = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`maintainer`](Self::maintainer).
    pub fn with_maintainer(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.maintainer = ::std::option::Option::Some(value.into());
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
    /// Sets [`post_install`](Self::post_install).
    pub fn with_post_install(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.post_install = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`installed`](Self::installed).
    pub fn with_installed(mut self, value: bool) -> Self {
        self.installed = ::std::option::Option::Some(value);
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
    /// Sets [`category`](Self::category).
    pub fn with_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`updated_at`](Self::updated_at).
    pub fn with_updated_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.updated_at = ::std::option::Option::Some(value);
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
    /// Sets [`plan`](Self::plan).
    pub fn with_plan(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.plan = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`configuration`](Self::configuration).
    pub fn with_configuration(
        mut self,
        value: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.configuration = ::std::option::Option::Some(value);
        self
    }
}
/// A readiness condition of a cluster.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ClusterCondition {
    /// `type`
    pub type_: ::std::option::Option<::std::string::String>,
    /// `True`, `False` or `Unknown`.
    pub status: ::std::option::Option<::std::string::String>,
    /// `synced`
    pub synced: ::std::option::Option<bool>,
    /// `last_transition_time`
    pub last_transition_time: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `reason`
    pub reason: ::std::option::Option<::std::string::String>,
    /// `message`
    pub message: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for ClusterCondition {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.type_.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.synced.is_some() as usize;
        len += self.last_transition_time.is_some() as usize;
        len += self.reason.is_some() as usize;
        len += self.message.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "ClusterCondition",
            len,
        );
        s.optional("type", &self.type_);
        s.optional("status", &self.status);
        s.optional("synced", &self.synced);
        s.optional("last_transition_time", &self.last_transition_time);
        s.optional("reason", &self.reason);
        s.optional("message", &self.message);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ClusterCondition {
    const NAME: &'static str = "ClusterCondition";
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
            &["type", "status", "synced", "last_transition_time", "reason", "message"],
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
            type_: v0,
            status: v1,
            synced: v2,
            last_transition_time: v3,
            reason: v4,
            message: v5,
        })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for ClusterCondition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl ClusterCondition {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: ::std::option::Option::None,
            status: ::std::option::Option::None,
            synced: ::std::option::Option::None,
            last_transition_time: ::std::option::Option::None,
            reason: ::std::option::Option::None,
            message: ::std::option::Option::None,
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
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`synced`](Self::synced).
    pub fn with_synced(mut self, value: bool) -> Self {
        self.synced = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`last_transition_time`](Self::last_transition_time).
    pub fn with_last_transition_time(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.last_transition_time = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`reason`](Self::reason).
    pub fn with_reason(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(value.into());
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
/// A managed Kubernetes cluster.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KubernetesCluster {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `generated_name`
    pub generated_name: ::std::option::Option<::std::string::String>,
    /// Civo's build version.
    pub version: ::std::option::Option<::std::string::String>,
    /// `kubernetes_version`
    pub kubernetes_version: ::std::option::Option<::std::string::String>,
    /// e.g. `ACTIVE`, `BUILDING`.
    pub status: ::std::option::Option<::std::string::String>,
    /// `ready`
    pub ready: ::std::option::Option<bool>,
    /// `k3s` or `talos`.
    pub cluster_type: ::std::option::Option<::std::string::String>,
    /// `num_target_nodes`
    pub num_target_nodes: ::std::option::Option<i32>,
    /// `target_nodes_size`
    pub target_nodes_size: ::std::option::Option<::std::string::String>,
    /// `built_at`
    pub built_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
    /// Kubeconfig file (YAML).
    pub kubeconfig: ::std::option::Option<::std::string::String>,
    /// `api_endpoint`
    pub api_endpoint: ::std::option::Option<::std::string::String>,
    /// `master_ip`
    pub master_ip: ::std::option::Option<::std::string::String>,
    /// `dns_entry`
    pub dns_entry: ::std::option::Option<::std::string::String>,
    /// `upgrade_available_to`
    pub upgrade_available_to: ::std::option::Option<::std::string::String>,
    /// `legacy`
    pub legacy: ::std::option::Option<bool>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `namespace`
    pub namespace: ::std::option::Option<::std::string::String>,
    /// `tags`
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `instances`
    pub instances: ::std::option::Option<::std::vec::Vec<KubernetesInstance>>,
    /// `pools`
    pub pools: ::std::option::Option<::std::vec::Vec<KubernetesPool>>,
    /// `required_pools`
    pub required_pools: ::std::option::Option<::std::vec::Vec<RequiredPool>>,
    /// `installed_applications`
    pub installed_applications: ::std::option::Option<
        ::std::vec::Vec<InstalledApplication>,
    >,
    /// `flannel` or `cilium`.
    pub cni_plugin: ::std::option::Option<::std::string::String>,
    /// `"true"` or `"false"`.
    pub ccm_installed: ::std::option::Option<::std::string::String>,
    /// `conditions`
    pub conditions: ::std::option::Option<::std::vec::Vec<ClusterCondition>>,
    /// `volume_type`
    pub volume_type: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for KubernetesCluster {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.generated_name.is_some() as usize;
        len += self.version.is_some() as usize;
        len += self.kubernetes_version.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.ready.is_some() as usize;
        len += self.cluster_type.is_some() as usize;
        len += self.num_target_nodes.is_some() as usize;
        len += self.target_nodes_size.is_some() as usize;
        len += self.built_at.is_some() as usize;
        len += self.created_at.is_some() as usize;
        len += self.kubeconfig.is_some() as usize;
        len += self.api_endpoint.is_some() as usize;
        len += self.master_ip.is_some() as usize;
        len += self.dns_entry.is_some() as usize;
        len += self.upgrade_available_to.is_some() as usize;
        len += self.legacy.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.namespace.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.instances.is_some() as usize;
        len += self.pools.is_some() as usize;
        len += self.required_pools.is_some() as usize;
        len += self.installed_applications.is_some() as usize;
        len += self.cni_plugin.is_some() as usize;
        len += self.ccm_installed.is_some() as usize;
        len += self.conditions.is_some() as usize;
        len += self.volume_type.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "KubernetesCluster",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("generated_name", &self.generated_name);
        s.optional("version", &self.version);
        s.optional("kubernetes_version", &self.kubernetes_version);
        s.optional("status", &self.status);
        s.optional("ready", &self.ready);
        s.optional("cluster_type", &self.cluster_type);
        s.optional("num_target_nodes", &self.num_target_nodes);
        s.optional("target_nodes_size", &self.target_nodes_size);
        s.optional("built_at", &self.built_at);
        s.optional("created_at", &self.created_at);
        s.optional("kubeconfig", &self.kubeconfig);
        s.optional("api_endpoint", &self.api_endpoint);
        s.optional("master_ip", &self.master_ip);
        s.optional("dns_entry", &self.dns_entry);
        s.optional("upgrade_available_to", &self.upgrade_available_to);
        s.optional("legacy", &self.legacy);
        s.optional("network_id", &self.network_id);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("namespace", &self.namespace);
        s.optional("tags", &self.tags);
        s.optional("instances", &self.instances);
        s.optional("pools", &self.pools);
        s.optional("required_pools", &self.required_pools);
        s.optional("installed_applications", &self.installed_applications);
        s.optional("cni_plugin", &self.cni_plugin);
        s.optional("ccm_installed", &self.ccm_installed);
        s.optional("conditions", &self.conditions);
        s.optional("volume_type", &self.volume_type);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for KubernetesCluster {
    const NAME: &'static str = "KubernetesCluster";
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "generated_name",
                "version",
                "kubernetes_version",
                "status",
                "ready",
                "cluster_type",
                "num_target_nodes",
                "target_nodes_size",
                "built_at",
                "created_at",
                "kubeconfig",
                "api_endpoint",
                "master_ip",
                "dns_entry",
                "upgrade_available_to",
                "legacy",
                "network_id",
                "firewall_id",
                "namespace",
                "tags",
                "instances",
                "pools",
                "required_pools",
                "installed_applications",
                "cni_plugin",
                "ccm_installed",
                "conditions",
                "volume_type",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            id: v0,
            name: v1,
            generated_name: v2,
            version: v3,
            kubernetes_version: v4,
            status: v5,
            ready: v6,
            cluster_type: v7,
            num_target_nodes: v8,
            target_nodes_size: v9,
            built_at: v10,
            created_at: v11,
            kubeconfig: v12,
            api_endpoint: v13,
            master_ip: v14,
            dns_entry: v15,
            upgrade_available_to: v16,
            legacy: v17,
            network_id: v18,
            firewall_id: v19,
            namespace: v20,
            tags: v21,
            instances: v22,
            pools: v23,
            required_pools: v24,
            installed_applications: v25,
            cni_plugin: v26,
            ccm_installed: v27,
            conditions: v28,
            volume_type: v29,
        })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for KubernetesCluster {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl KubernetesCluster {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            generated_name: ::std::option::Option::None,
            version: ::std::option::Option::None,
            kubernetes_version: ::std::option::Option::None,
            status: ::std::option::Option::None,
            ready: ::std::option::Option::None,
            cluster_type: ::std::option::Option::None,
            num_target_nodes: ::std::option::Option::None,
            target_nodes_size: ::std::option::Option::None,
            built_at: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
            kubeconfig: ::std::option::Option::None,
            api_endpoint: ::std::option::Option::None,
            master_ip: ::std::option::Option::None,
            dns_entry: ::std::option::Option::None,
            upgrade_available_to: ::std::option::Option::None,
            legacy: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            namespace: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            instances: ::std::option::Option::None,
            pools: ::std::option::Option::None,
            required_pools: ::std::option::Option::None,
            installed_applications: ::std::option::Option::None,
            cni_plugin: ::std::option::Option::None,
            ccm_installed: ::std::option::Option::None,
            conditions: ::std::option::Option::None,
            volume_type: ::std::option::Option::None,
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
    /// Sets [`generated_name`](Self::generated_name).
    pub fn with_generated_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.generated_name = ::std::option::Option::Some(value.into());
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
    /// Sets [`kubernetes_version`](Self::kubernetes_version).
    pub fn with_kubernetes_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ready`](Self::ready).
    pub fn with_ready(mut self, value: bool) -> Self {
        self.ready = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cluster_type`](Self::cluster_type).
    pub fn with_cluster_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`num_target_nodes`](Self::num_target_nodes).
    pub fn with_num_target_nodes(mut self, value: i32) -> Self {
        self.num_target_nodes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`target_nodes_size`](Self::target_nodes_size).
    pub fn with_target_nodes_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_nodes_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`built_at`](Self::built_at).
    pub fn with_built_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.built_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`kubeconfig`](Self::kubeconfig).
    pub fn with_kubeconfig(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubeconfig = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`api_endpoint`](Self::api_endpoint).
    pub fn with_api_endpoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api_endpoint = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`master_ip`](Self::master_ip).
    pub fn with_master_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.master_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`dns_entry`](Self::dns_entry).
    pub fn with_dns_entry(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dns_entry = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`upgrade_available_to`](Self::upgrade_available_to).
    pub fn with_upgrade_available_to(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.upgrade_available_to = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`legacy`](Self::legacy).
    pub fn with_legacy(mut self, value: bool) -> Self {
        self.legacy = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
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
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`instances`](Self::instances).
    pub fn with_instances(mut self, value: ::std::vec::Vec<KubernetesInstance>) -> Self {
        self.instances = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`pools`](Self::pools).
    pub fn with_pools(mut self, value: ::std::vec::Vec<KubernetesPool>) -> Self {
        self.pools = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`required_pools`](Self::required_pools).
    pub fn with_required_pools(mut self, value: ::std::vec::Vec<RequiredPool>) -> Self {
        self.required_pools = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`installed_applications`](Self::installed_applications).
    pub fn with_installed_applications(
        mut self,
        value: ::std::vec::Vec<InstalledApplication>,
    ) -> Self {
        self.installed_applications = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cni_plugin`](Self::cni_plugin).
    pub fn with_cni_plugin(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cni_plugin = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ccm_installed`](Self::ccm_installed).
    pub fn with_ccm_installed(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ccm_installed = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`conditions`](Self::conditions).
    pub fn with_conditions(mut self, value: ::std::vec::Vec<ClusterCondition>) -> Self {
        self.conditions = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`volume_type`](Self::volume_type).
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// One page of Kubernetes clusters.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct KubernetesClusterPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: ::std::vec::Vec<KubernetesCluster>,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for KubernetesClusterPage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "KubernetesClusterPage",
            4,
        );
        s.field("page", &self.page);
        s.field("per_page", &self.per_page);
        s.field("pages", &self.pages);
        s.field("items", &self.items);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for KubernetesClusterPage {
    const NAME: &'static str = "KubernetesClusterPage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["page", "per_page", "pages", "items"],
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
            return cloudsdk_runtime::de::missing("page");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("per_page");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("pages");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("items");
        };
        ::std::result::Result::Ok(Self {
            page: v0,
            per_page: v1,
            pages: v2,
            items: v3,
        })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for KubernetesClusterPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl KubernetesClusterPage {
    /// Builds one from its fields.
    pub fn new(
        page: i32,
        per_page: i32,
        pages: i32,
        items: ::std::vec::Vec<KubernetesCluster>,
    ) -> Self {
        Self {
            page,
            per_page,
            pages,
            items,
        }
    }
}
/// A node pool in a cluster create or update request.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KubernetesPoolSpec {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `count`
    pub count: ::std::option::Option<i32>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// `labels`
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `taints`
    pub taints: ::std::option::Option<::std::vec::Vec<Taint>>,
    /// `public_ip_node_pool`
    pub public_ip_node_pool: ::std::option::Option<bool>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for KubernetesPoolSpec {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.count.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.labels.is_some() as usize;
        len += self.taints.is_some() as usize;
        len += self.public_ip_node_pool.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "KubernetesPoolSpec",
            len,
        );
        s.optional("id", &self.id);
        s.optional("count", &self.count);
        s.optional("size", &self.size);
        s.optional("labels", &self.labels);
        s.optional("taints", &self.taints);
        s.optional("public_ip_node_pool", &self.public_ip_node_pool);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for KubernetesPoolSpec {
    const NAME: &'static str = "KubernetesPoolSpec";
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
            &["id", "count", "size", "labels", "taints", "public_ip_node_pool", "region"],
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
            count: v1,
            size: v2,
            labels: v3,
            taints: v4,
            public_ip_node_pool: v5,
            region: v6,
        })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for KubernetesPoolSpec {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl KubernetesPoolSpec {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            count: ::std::option::Option::None,
            size: ::std::option::Option::None,
            labels: ::std::option::Option::None,
            taints: ::std::option::Option::None,
            public_ip_node_pool: ::std::option::Option::None,
            region: ::std::option::Option::None,
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
    /// Sets [`count`](Self::count).
    pub fn with_count(mut self, value: i32) -> Self {
        self.count = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
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
    /// Sets [`taints`](Self::taints).
    pub fn with_taints(mut self, value: ::std::vec::Vec<Taint>) -> Self {
        self.taints = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`public_ip_node_pool`](Self::public_ip_node_pool).
    pub fn with_public_ip_node_pool(mut self, value: bool) -> Self {
        self.public_ip_node_pool = ::std::option::Option::Some(value);
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
}
/// A new cluster.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateKubernetesClusterRequest {
    /// `name`
    pub name: ::std::string::String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
    /// `k3s` or `talos`.
    pub cluster_type: ::std::option::Option<::std::string::String>,
    /// `num_target_nodes`
    pub num_target_nodes: ::std::option::Option<i32>,
    /// `target_nodes_size`
    pub target_nodes_size: ::std::option::Option<::std::string::String>,
    /// `kubernetes_version`
    pub kubernetes_version: ::std::option::Option<::std::string::String>,
    /// Hostname of the node to drop when shrinking.
    pub node_destroy: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// Space-separated tags.
    pub tags: ::std::option::Option<::std::string::String>,
    /// `pools`
    pub pools: ::std::option::Option<::std::vec::Vec<KubernetesPoolSpec>>,
    /// Comma-separated marketplace application names, optionally `name:plan`; on update a leading `-` removes one.
    pub applications: ::std::option::Option<::std::string::String>,
    /// `instance_firewall`
    pub instance_firewall: ::std::option::Option<::std::string::String>,
    /// Ports to open on the API firewall, e.g. `6443` or `all`.
    pub firewall_rule: ::std::option::Option<::std::string::String>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `flannel` or `cilium`.
    pub cni_plugin: ::std::option::Option<::std::string::String>,
    /// `volume_type`
    pub volume_type: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for CreateKubernetesClusterRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.region.is_some() as usize;
        len += self.cluster_type.is_some() as usize;
        len += self.num_target_nodes.is_some() as usize;
        len += self.target_nodes_size.is_some() as usize;
        len += self.kubernetes_version.is_some() as usize;
        len += self.node_destroy.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.pools.is_some() as usize;
        len += self.applications.is_some() as usize;
        len += self.instance_firewall.is_some() as usize;
        len += self.firewall_rule.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.cni_plugin.is_some() as usize;
        len += self.volume_type.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateKubernetesClusterRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("region", &self.region);
        s.optional("cluster_type", &self.cluster_type);
        s.optional("num_target_nodes", &self.num_target_nodes);
        s.optional("target_nodes_size", &self.target_nodes_size);
        s.optional("kubernetes_version", &self.kubernetes_version);
        s.optional("node_destroy", &self.node_destroy);
        s.optional("network_id", &self.network_id);
        s.optional("tags", &self.tags);
        s.optional("pools", &self.pools);
        s.optional("applications", &self.applications);
        s.optional("instance_firewall", &self.instance_firewall);
        s.optional("firewall_rule", &self.firewall_rule);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("cni_plugin", &self.cni_plugin);
        s.optional("volume_type", &self.volume_type);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateKubernetesClusterRequest {
    const NAME: &'static str = "CreateKubernetesClusterRequest";
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
                "name",
                "region",
                "cluster_type",
                "num_target_nodes",
                "target_nodes_size",
                "kubernetes_version",
                "node_destroy",
                "network_id",
                "tags",
                "pools",
                "applications",
                "instance_firewall",
                "firewall_rule",
                "firewall_id",
                "cni_plugin",
                "volume_type",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            region: v1,
            cluster_type: v2,
            num_target_nodes: v3,
            target_nodes_size: v4,
            kubernetes_version: v5,
            node_destroy: v6,
            network_id: v7,
            tags: v8,
            pools: v9,
            applications: v10,
            instance_firewall: v11,
            firewall_rule: v12,
            firewall_id: v13,
            cni_plugin: v14,
            volume_type: v15,
        })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for CreateKubernetesClusterRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl CreateKubernetesClusterRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            region: ::std::option::Option::None,
            cluster_type: ::std::option::Option::None,
            num_target_nodes: ::std::option::Option::None,
            target_nodes_size: ::std::option::Option::None,
            kubernetes_version: ::std::option::Option::None,
            node_destroy: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            pools: ::std::option::Option::None,
            applications: ::std::option::Option::None,
            instance_firewall: ::std::option::Option::None,
            firewall_rule: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            cni_plugin: ::std::option::Option::None,
            volume_type: ::std::option::Option::None,
        }
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cluster_type`](Self::cluster_type).
    pub fn with_cluster_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`num_target_nodes`](Self::num_target_nodes).
    pub fn with_num_target_nodes(mut self, value: i32) -> Self {
        self.num_target_nodes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`target_nodes_size`](Self::target_nodes_size).
    pub fn with_target_nodes_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_nodes_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`kubernetes_version`](Self::kubernetes_version).
    pub fn with_kubernetes_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`node_destroy`](Self::node_destroy).
    pub fn with_node_destroy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_destroy = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pools`](Self::pools).
    pub fn with_pools(mut self, value: ::std::vec::Vec<KubernetesPoolSpec>) -> Self {
        self.pools = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`applications`](Self::applications).
    pub fn with_applications(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.applications = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_firewall`](Self::instance_firewall).
    pub fn with_instance_firewall(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_firewall = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_rule`](Self::firewall_rule).
    pub fn with_firewall_rule(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_rule = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cni_plugin`](Self::cni_plugin).
    pub fn with_cni_plugin(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cni_plugin = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`volume_type`](Self::volume_type).
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// Cluster settings to change; omitted fields stay as they are.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateKubernetesClusterRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
    /// `k3s` or `talos`.
    pub cluster_type: ::std::option::Option<::std::string::String>,
    /// `num_target_nodes`
    pub num_target_nodes: ::std::option::Option<i32>,
    /// `target_nodes_size`
    pub target_nodes_size: ::std::option::Option<::std::string::String>,
    /// `kubernetes_version`
    pub kubernetes_version: ::std::option::Option<::std::string::String>,
    /// Hostname of the node to drop when shrinking.
    pub node_destroy: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// Space-separated tags.
    pub tags: ::std::option::Option<::std::string::String>,
    /// `pools`
    pub pools: ::std::option::Option<::std::vec::Vec<KubernetesPoolSpec>>,
    /// Comma-separated marketplace application names, optionally `name:plan`; on update a leading `-` removes one.
    pub applications: ::std::option::Option<::std::string::String>,
    /// `instance_firewall`
    pub instance_firewall: ::std::option::Option<::std::string::String>,
    /// Ports to open on the API firewall, e.g. `6443` or `all`.
    pub firewall_rule: ::std::option::Option<::std::string::String>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `flannel` or `cilium`.
    pub cni_plugin: ::std::option::Option<::std::string::String>,
    /// `volume_type`
    pub volume_type: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for UpdateKubernetesClusterRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.region.is_some() as usize;
        len += self.cluster_type.is_some() as usize;
        len += self.num_target_nodes.is_some() as usize;
        len += self.target_nodes_size.is_some() as usize;
        len += self.kubernetes_version.is_some() as usize;
        len += self.node_destroy.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.tags.is_some() as usize;
        len += self.pools.is_some() as usize;
        len += self.applications.is_some() as usize;
        len += self.instance_firewall.is_some() as usize;
        len += self.firewall_rule.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.cni_plugin.is_some() as usize;
        len += self.volume_type.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateKubernetesClusterRequest",
            len,
        );
        s.optional("name", &self.name);
        s.optional("region", &self.region);
        s.optional("cluster_type", &self.cluster_type);
        s.optional("num_target_nodes", &self.num_target_nodes);
        s.optional("target_nodes_size", &self.target_nodes_size);
        s.optional("kubernetes_version", &self.kubernetes_version);
        s.optional("node_destroy", &self.node_destroy);
        s.optional("network_id", &self.network_id);
        s.optional("tags", &self.tags);
        s.optional("pools", &self.pools);
        s.optional("applications", &self.applications);
        s.optional("instance_firewall", &self.instance_firewall);
        s.optional("firewall_rule", &self.firewall_rule);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("cni_plugin", &self.cni_plugin);
        s.optional("volume_type", &self.volume_type);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateKubernetesClusterRequest {
    const NAME: &'static str = "UpdateKubernetesClusterRequest";
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
                "name",
                "region",
                "cluster_type",
                "num_target_nodes",
                "target_nodes_size",
                "kubernetes_version",
                "node_destroy",
                "network_id",
                "tags",
                "pools",
                "applications",
                "instance_firewall",
                "firewall_rule",
                "firewall_id",
                "cni_plugin",
                "volume_type",
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
            name: v0,
            region: v1,
            cluster_type: v2,
            num_target_nodes: v3,
            target_nodes_size: v4,
            kubernetes_version: v5,
            node_destroy: v6,
            network_id: v7,
            tags: v8,
            pools: v9,
            applications: v10,
            instance_firewall: v11,
            firewall_rule: v12,
            firewall_id: v13,
            cni_plugin: v14,
            volume_type: v15,
        })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for UpdateKubernetesClusterRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl UpdateKubernetesClusterRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            region: ::std::option::Option::None,
            cluster_type: ::std::option::Option::None,
            num_target_nodes: ::std::option::Option::None,
            target_nodes_size: ::std::option::Option::None,
            kubernetes_version: ::std::option::Option::None,
            node_destroy: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            pools: ::std::option::Option::None,
            applications: ::std::option::Option::None,
            instance_firewall: ::std::option::Option::None,
            firewall_rule: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            cni_plugin: ::std::option::Option::None,
            volume_type: ::std::option::Option::None,
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
    /// Sets [`cluster_type`](Self::cluster_type).
    pub fn with_cluster_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`num_target_nodes`](Self::num_target_nodes).
    pub fn with_num_target_nodes(mut self, value: i32) -> Self {
        self.num_target_nodes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`target_nodes_size`](Self::target_nodes_size).
    pub fn with_target_nodes_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_nodes_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`kubernetes_version`](Self::kubernetes_version).
    pub fn with_kubernetes_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.kubernetes_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`node_destroy`](Self::node_destroy).
    pub fn with_node_destroy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_destroy = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pools`](Self::pools).
    pub fn with_pools(mut self, value: ::std::vec::Vec<KubernetesPoolSpec>) -> Self {
        self.pools = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`applications`](Self::applications).
    pub fn with_applications(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.applications = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`instance_firewall`](Self::instance_firewall).
    pub fn with_instance_firewall(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_firewall = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_rule`](Self::firewall_rule).
    pub fn with_firewall_rule(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_rule = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`cni_plugin`](Self::cni_plugin).
    pub fn with_cni_plugin(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cni_plugin = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`volume_type`](Self::volume_type).
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// The node to rebuild.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RecycleNodeRequest {
    /// `hostname`
    pub hostname: ::std::string::String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for RecycleNodeRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "RecycleNodeRequest",
            len,
        );
        s.field("hostname", &self.hostname);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RecycleNodeRequest {
    const NAME: &'static str = "RecycleNodeRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["hostname", "region"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("hostname");
        };
        ::std::result::Result::Ok(Self { hostname: v0, region: v1 })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for RecycleNodeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl RecycleNodeRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(hostname: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            hostname: hostname.into(),
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`region`](Self::region).
    pub fn with_region(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// A new node pool.
#[cfg(feature = "kubernetes-pools")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateKubernetesPoolRequest {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `count`
    pub count: i32,
    /// `size`
    pub size: ::std::string::String,
    /// `labels`
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `taints`
    pub taints: ::std::option::Option<::std::vec::Vec<Taint>>,
    /// `public_ip_node_pool`
    pub public_ip_node_pool: ::std::option::Option<bool>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "kubernetes-pools")]
impl serde::Serialize for CreateKubernetesPoolRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.id.is_some() as usize;
        len += self.labels.is_some() as usize;
        len += self.taints.is_some() as usize;
        len += self.public_ip_node_pool.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateKubernetesPoolRequest",
            len,
        );
        s.optional("id", &self.id);
        s.field("count", &self.count);
        s.field("size", &self.size);
        s.optional("labels", &self.labels);
        s.optional("taints", &self.taints);
        s.optional("public_ip_node_pool", &self.public_ip_node_pool);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "kubernetes-pools")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateKubernetesPoolRequest {
    const NAME: &'static str = "CreateKubernetesPoolRequest";
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
            &["id", "count", "size", "labels", "taints", "public_ip_node_pool", "region"],
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("count");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("size");
        };
        ::std::result::Result::Ok(Self {
            id: v0,
            count: v1,
            size: v2,
            labels: v3,
            taints: v4,
            public_ip_node_pool: v5,
            region: v6,
        })
    }
}
#[cfg(feature = "kubernetes-pools")]
impl<'de> serde::Deserialize<'de> for CreateKubernetesPoolRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes-pools")]
impl CreateKubernetesPoolRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        count: i32,
        size: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: ::std::option::Option::None,
            count,
            size: size.into(),
            labels: ::std::option::Option::None,
            taints: ::std::option::Option::None,
            public_ip_node_pool: ::std::option::Option::None,
            region: ::std::option::Option::None,
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
    /// Sets [`labels`](Self::labels).
    pub fn with_labels(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.labels = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`taints`](Self::taints).
    pub fn with_taints(mut self, value: ::std::vec::Vec<Taint>) -> Self {
        self.taints = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`public_ip_node_pool`](Self::public_ip_node_pool).
    pub fn with_public_ip_node_pool(mut self, value: bool) -> Self {
        self.public_ip_node_pool = ::std::option::Option::Some(value);
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
}
/// Node pool settings to change.
#[cfg(feature = "kubernetes-pools")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateKubernetesPoolRequest {
    /// `id`
    pub id: ::std::option::Option<::std::string::String>,
    /// `count`
    pub count: ::std::option::Option<i32>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// `labels`
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// `taints`
    pub taints: ::std::option::Option<::std::vec::Vec<Taint>>,
    /// `public_ip_node_pool`
    pub public_ip_node_pool: ::std::option::Option<bool>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "kubernetes-pools")]
impl serde::Serialize for UpdateKubernetesPoolRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.count.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.labels.is_some() as usize;
        len += self.taints.is_some() as usize;
        len += self.public_ip_node_pool.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateKubernetesPoolRequest",
            len,
        );
        s.optional("id", &self.id);
        s.optional("count", &self.count);
        s.optional("size", &self.size);
        s.optional("labels", &self.labels);
        s.optional("taints", &self.taints);
        s.optional("public_ip_node_pool", &self.public_ip_node_pool);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "kubernetes-pools")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateKubernetesPoolRequest {
    const NAME: &'static str = "UpdateKubernetesPoolRequest";
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
            &["id", "count", "size", "labels", "taints", "public_ip_node_pool", "region"],
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
            count: v1,
            size: v2,
            labels: v3,
            taints: v4,
            public_ip_node_pool: v5,
            region: v6,
        })
    }
}
#[cfg(feature = "kubernetes-pools")]
impl<'de> serde::Deserialize<'de> for UpdateKubernetesPoolRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes-pools")]
impl UpdateKubernetesPoolRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            count: ::std::option::Option::None,
            size: ::std::option::Option::None,
            labels: ::std::option::Option::None,
            taints: ::std::option::Option::None,
            public_ip_node_pool: ::std::option::Option::None,
            region: ::std::option::Option::None,
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
    /// Sets [`count`](Self::count).
    pub fn with_count(mut self, value: i32) -> Self {
        self.count = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
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
    /// Sets [`taints`](Self::taints).
    pub fn with_taints(mut self, value: ::std::vec::Vec<Taint>) -> Self {
        self.taints = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`public_ip_node_pool`](Self::public_ip_node_pool).
    pub fn with_public_ip_node_pool(mut self, value: bool) -> Self {
        self.public_ip_node_pool = ::std::option::Option::Some(value);
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
}
/// A Kubernetes version clusters can run.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KubernetesVersion {
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// `version`
    pub version: ::std::option::Option<::std::string::String>,
    /// Release channel, e.g. `stable`.
    pub type_: ::std::option::Option<::std::string::String>,
    /// `default`
    pub default: ::std::option::Option<bool>,
    /// `k3s` or `talos`.
    pub cluster_type: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for KubernetesVersion {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.label.is_some() as usize;
        len += self.version.is_some() as usize;
        len += self.type_.is_some() as usize;
        len += self.default.is_some() as usize;
        len += self.cluster_type.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "KubernetesVersion",
            len,
        );
        s.optional("label", &self.label);
        s.optional("version", &self.version);
        s.optional("type", &self.type_);
        s.optional("default", &self.default);
        s.optional("clusterType", &self.cluster_type);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for KubernetesVersion {
    const NAME: &'static str = "KubernetesVersion";
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
            &["label", "version", "type", "default", "clusterType"],
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
            label: v0,
            version: v1,
            type_: v2,
            default: v3,
            cluster_type: v4,
        })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for KubernetesVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl KubernetesVersion {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            label: ::std::option::Option::None,
            version: ::std::option::Option::None,
            type_: ::std::option::Option::None,
            default: ::std::option::Option::None,
            cluster_type: ::std::option::Option::None,
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
    /// Sets [`version`](Self::version).
    pub fn with_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`default`](Self::default).
    pub fn with_default(mut self, value: bool) -> Self {
        self.default = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`cluster_type`](Self::cluster_type).
    pub fn with_cluster_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// A configuration value of a plan.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PlanValue {
    /// `value`
    pub value: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for PlanValue {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.value.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "PlanValue", len);
        s.optional("value", &self.value);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for PlanValue {
    const NAME: &'static str = "PlanValue";
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
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for PlanValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl PlanValue {
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
/// A variant of a marketplace application.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MarketplacePlan {
    /// `label`
    pub label: ::std::option::Option<::std::string::String>,
    /// Values by key.
    pub configuration: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, PlanValue>,
    >,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for MarketplacePlan {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.label.is_some() as usize;
        len += self.configuration.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "MarketplacePlan",
            len,
        );
        s.optional("label", &self.label);
        s.optional("configuration", &self.configuration);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MarketplacePlan {
    const NAME: &'static str = "MarketplacePlan";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(map, &["label", "configuration"]);
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.optional(&mut v1),
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            label: v0,
            configuration: v1,
        })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for MarketplacePlan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl MarketplacePlan {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            label: ::std::option::Option::None,
            configuration: ::std::option::Option::None,
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
    /// Sets [`configuration`](Self::configuration).
    pub fn with_configuration(
        mut self,
        value: ::std::collections::BTreeMap<::std::string::String, PlanValue>,
    ) -> Self {
        self.configuration = ::std::option::Option::Some(value);
        self
    }
}
/// An application that can be installed on a cluster.
#[cfg(feature = "kubernetes")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MarketplaceApplication {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `title`
    pub title: ::std::option::Option<::std::string::String>,
    /// `version`
    pub version: ::std::option::Option<::std::string::String>,
    /// Installed unless opted out.
    pub default: ::std::option::Option<bool>,
    /// `dependencies`
    pub dependencies: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `maintainer`
    pub maintainer: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `post_install`
    pub post_install: ::std::option::Option<::std::string::String>,
    /// `url`
    pub url: ::std::option::Option<::std::string::String>,
    /// `category`
    pub category: ::std::option::Option<::std::string::String>,
    /// `plans`
    pub plans: ::std::option::Option<::std::vec::Vec<MarketplacePlan>>,
}
#[cfg(feature = "kubernetes")]
impl serde::Serialize for MarketplaceApplication {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.title.is_some() as usize;
        len += self.version.is_some() as usize;
        len += self.default.is_some() as usize;
        len += self.dependencies.is_some() as usize;
        len += self.maintainer.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.post_install.is_some() as usize;
        len += self.url.is_some() as usize;
        len += self.category.is_some() as usize;
        len += self.plans.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "MarketplaceApplication",
            len,
        );
        s.optional("name", &self.name);
        s.optional("title", &self.title);
        s.optional("version", &self.version);
        s.optional("default", &self.default);
        s.optional("dependencies", &self.dependencies);
        s.optional("maintainer", &self.maintainer);
        s.optional("description", &self.description);
        s.optional("post_install", &self.post_install);
        s.optional("url", &self.url);
        s.optional("category", &self.category);
        s.optional("plans", &self.plans);
        s.end()
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for MarketplaceApplication {
    const NAME: &'static str = "MarketplaceApplication";
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
                "title",
                "version",
                "default",
                "dependencies",
                "maintainer",
                "description",
                "post_install",
                "url",
                "category",
                "plans",
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
            title: v1,
            version: v2,
            default: v3,
            dependencies: v4,
            maintainer: v5,
            description: v6,
            post_install: v7,
            url: v8,
            category: v9,
            plans: v10,
        })
    }
}
#[cfg(feature = "kubernetes")]
impl<'de> serde::Deserialize<'de> for MarketplaceApplication {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "kubernetes")]
impl MarketplaceApplication {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            title: ::std::option::Option::None,
            version: ::std::option::Option::None,
            default: ::std::option::Option::None,
            dependencies: ::std::option::Option::None,
            maintainer: ::std::option::Option::None,
            description: ::std::option::Option::None,
            post_install: ::std::option::Option::None,
            url: ::std::option::Option::None,
            category: ::std::option::Option::None,
            plans: ::std::option::Option::None,
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
    /// Sets [`title`](Self::title).
    pub fn with_title(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.title = ::std::option::Option::Some(value.into());
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
    /// Sets [`default`](Self::default).
    pub fn with_default(mut self, value: bool) -> Self {
        self.default = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`dependencies`](Self::dependencies).
    pub fn with_dependencies(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.dependencies = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`maintainer`](Self::maintainer).
    pub fn with_maintainer(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.maintainer = ::std::option::Option::Some(value.into());
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
    /// Sets [`post_install`](Self::post_install).
    pub fn with_post_install(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.post_install = ::std::option::Option::Some(value.into());
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
    /// Sets [`category`](Self::category).
    pub fn with_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`plans`](Self::plans).
    pub fn with_plans(mut self, value: ::std::vec::Vec<MarketplacePlan>) -> Self {
        self.plans = ::std::option::Option::Some(value);
        self
    }
}
/// How many processes of one type run.
#[cfg(feature = "applications")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ProcessInfo {
    /// `processType`
    pub process_type: ::std::option::Option<::std::string::String>,
    /// `processCount`
    pub process_count: ::std::option::Option<i32>,
}
#[cfg(feature = "applications")]
impl serde::Serialize for ProcessInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.process_type.is_some() as usize;
        len += self.process_count.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ProcessInfo", len);
        s.optional("processType", &self.process_type);
        s.optional("processCount", &self.process_count);
        s.end()
    }
}
#[cfg(feature = "applications")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ProcessInfo {
    const NAME: &'static str = "ProcessInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["processType", "processCount"],
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
            process_type: v0,
            process_count: v1,
        })
    }
}
#[cfg(feature = "applications")]
impl<'de> serde::Deserialize<'de> for ProcessInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "applications")]
impl ProcessInfo {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            process_type: ::std::option::Option::None,
            process_count: ::std::option::Option::None,
        }
    }
    /// Sets [`process_type`](Self::process_type).
    pub fn with_process_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.process_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`process_count`](Self::process_count).
    pub fn with_process_count(mut self, value: i32) -> Self {
        self.process_count = ::std::option::Option::Some(value);
        self
    }
}
/// An environment variable of an application.
#[cfg(feature = "applications")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnvVar {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `value`
    pub value: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "applications")]
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
#[cfg(feature = "applications")]
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
#[cfg(feature = "applications")]
impl<'de> serde::Deserialize<'de> for EnvVar {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "applications")]
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
/// An application hosted on Civo's platform service.
#[cfg(feature = "applications")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Application {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::string::String,
    /// `network_id`
    pub network_id: ::std::string::String,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `image`
    pub image: ::std::option::Option<::std::string::String>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// `process_info`
    pub process_info: ::std::option::Option<::std::vec::Vec<ProcessInfo>>,
    /// `domains`
    pub domains: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ssh_key_ids`
    pub ssh_key_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `config`
    pub config: ::std::option::Option<::std::vec::Vec<EnvVar>>,
    /// e.g. `building`, `available`, `ready`.
    pub status: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "applications")]
impl serde::Serialize for Application {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.id.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.image.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.process_info.is_some() as usize;
        len += self.domains.is_some() as usize;
        len += self.ssh_key_ids.is_some() as usize;
        len += self.config.is_some() as usize;
        len += self.status.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Application", len);
        s.optional("id", &self.id);
        s.field("name", &self.name);
        s.field("network_id", &self.network_id);
        s.optional("description", &self.description);
        s.optional("image", &self.image);
        s.optional("size", &self.size);
        s.optional("process_info", &self.process_info);
        s.optional("domains", &self.domains);
        s.optional("ssh_key_ids", &self.ssh_key_ids);
        s.optional("config", &self.config);
        s.optional("status", &self.status);
        s.end()
    }
}
#[cfg(feature = "applications")]
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
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &[
                "id",
                "name",
                "network_id",
                "description",
                "image",
                "size",
                "process_info",
                "domains",
                "ssh_key_ids",
                "config",
                "status",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("network_id");
        };
        ::std::result::Result::Ok(Self {
            id: v0,
            name: v1,
            network_id: v2,
            description: v3,
            image: v4,
            size: v5,
            process_info: v6,
            domains: v7,
            ssh_key_ids: v8,
            config: v9,
            status: v10,
        })
    }
}
#[cfg(feature = "applications")]
impl<'de> serde::Deserialize<'de> for Application {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "applications")]
impl Application {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        network_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            id: ::std::option::Option::None,
            name: name.into(),
            network_id: network_id.into(),
            description: ::std::option::Option::None,
            image: ::std::option::Option::None,
            size: ::std::option::Option::None,
            process_info: ::std::option::Option::None,
            domains: ::std::option::Option::None,
            ssh_key_ids: ::std::option::Option::None,
            config: ::std::option::Option::None,
            status: ::std::option::Option::None,
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
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
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
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`process_info`](Self::process_info).
    pub fn with_process_info(mut self, value: ::std::vec::Vec<ProcessInfo>) -> Self {
        self.process_info = ::std::option::Option::Some(value);
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
    /// Sets [`ssh_key_ids`](Self::ssh_key_ids).
    pub fn with_ssh_key_ids(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.ssh_key_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`config`](Self::config).
    pub fn with_config(mut self, value: ::std::vec::Vec<EnvVar>) -> Self {
        self.config = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// One page of applications.
#[cfg(feature = "applications")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ApplicationPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: ::std::vec::Vec<Application>,
}
#[cfg(feature = "applications")]
impl serde::Serialize for ApplicationPage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "ApplicationPage", 4);
        s.field("page", &self.page);
        s.field("per_page", &self.per_page);
        s.field("pages", &self.pages);
        s.field("items", &self.items);
        s.end()
    }
}
#[cfg(feature = "applications")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for ApplicationPage {
    const NAME: &'static str = "ApplicationPage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["page", "per_page", "pages", "items"],
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
            return cloudsdk_runtime::de::missing("page");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("per_page");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("pages");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("items");
        };
        ::std::result::Result::Ok(Self {
            page: v0,
            per_page: v1,
            pages: v2,
            items: v3,
        })
    }
}
#[cfg(feature = "applications")]
impl<'de> serde::Deserialize<'de> for ApplicationPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "applications")]
impl ApplicationPage {
    /// Builds one from its fields.
    pub fn new(
        page: i32,
        per_page: i32,
        pages: i32,
        items: ::std::vec::Vec<Application>,
    ) -> Self {
        Self {
            page,
            per_page,
            pages,
            items,
        }
    }
}
/// A new application.
#[cfg(feature = "applications")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateApplicationRequest {
    /// `name`
    pub name: ::std::string::String,
    /// `network_id`
    pub network_id: ::std::string::String,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// `ssh_key_ids`
    pub ssh_key_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "applications")]
impl serde::Serialize for CreateApplicationRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 2;
        len += self.description.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.ssh_key_ids.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateApplicationRequest",
            len,
        );
        s.field("name", &self.name);
        s.field("network_id", &self.network_id);
        s.optional("description", &self.description);
        s.optional("size", &self.size);
        s.optional("ssh_key_ids", &self.ssh_key_ids);
        s.end()
    }
}
#[cfg(feature = "applications")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateApplicationRequest {
    const NAME: &'static str = "CreateApplicationRequest";
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
            &["name", "network_id", "description", "size", "ssh_key_ids"],
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
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("network_id");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            network_id: v1,
            description: v2,
            size: v3,
            ssh_key_ids: v4,
        })
    }
}
#[cfg(feature = "applications")]
impl<'de> serde::Deserialize<'de> for CreateApplicationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "applications")]
impl CreateApplicationRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        network_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            network_id: network_id.into(),
            description: ::std::option::Option::None,
            size: ::std::option::Option::None,
            ssh_key_ids: ::std::option::Option::None,
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
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ssh_key_ids`](Self::ssh_key_ids).
    pub fn with_ssh_key_ids(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.ssh_key_ids = ::std::option::Option::Some(value);
        self
    }
}
/// Application settings to change.
#[cfg(feature = "applications")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateApplicationRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `advanced`
    pub advanced: ::std::option::Option<bool>,
    /// `image`
    pub image: ::std::option::Option<::std::string::String>,
    /// `description`
    pub description: ::std::option::Option<::std::string::String>,
    /// `process_info`
    pub process_info: ::std::option::Option<::std::vec::Vec<ProcessInfo>>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// `ssh_key_ids`
    pub ssh_key_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `config`
    pub config: ::std::option::Option<::std::vec::Vec<EnvVar>>,
    /// `domains`
    pub domains: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
#[cfg(feature = "applications")]
impl serde::Serialize for UpdateApplicationRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.advanced.is_some() as usize;
        len += self.image.is_some() as usize;
        len += self.description.is_some() as usize;
        len += self.process_info.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.ssh_key_ids.is_some() as usize;
        len += self.config.is_some() as usize;
        len += self.domains.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateApplicationRequest",
            len,
        );
        s.optional("name", &self.name);
        s.optional("advanced", &self.advanced);
        s.optional("image", &self.image);
        s.optional("description", &self.description);
        s.optional("process_info", &self.process_info);
        s.optional("size", &self.size);
        s.optional("ssh_key_ids", &self.ssh_key_ids);
        s.optional("config", &self.config);
        s.optional("domains", &self.domains);
        s.end()
    }
}
#[cfg(feature = "applications")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateApplicationRequest {
    const NAME: &'static str = "UpdateApplicationRequest";
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
                "advanced",
                "image",
                "description",
                "process_info",
                "size",
                "ssh_key_ids",
                "config",
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
                _ => f.skip(),
            }
        }
        f.finish()?;
        ::std::result::Result::Ok(Self {
            name: v0,
            advanced: v1,
            image: v2,
            description: v3,
            process_info: v4,
            size: v5,
            ssh_key_ids: v6,
            config: v7,
            domains: v8,
        })
    }
}
#[cfg(feature = "applications")]
impl<'de> serde::Deserialize<'de> for UpdateApplicationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "applications")]
impl UpdateApplicationRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            advanced: ::std::option::Option::None,
            image: ::std::option::Option::None,
            description: ::std::option::Option::None,
            process_info: ::std::option::Option::None,
            size: ::std::option::Option::None,
            ssh_key_ids: ::std::option::Option::None,
            config: ::std::option::Option::None,
            domains: ::std::option::Option::None,
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
    /// Sets [`advanced`](Self::advanced).
    pub fn with_advanced(mut self, value: bool) -> Self {
        self.advanced = ::std::option::Option::Some(value);
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
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`process_info`](Self::process_info).
    pub fn with_process_info(mut self, value: ::std::vec::Vec<ProcessInfo>) -> Self {
        self.process_info = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`ssh_key_ids`](Self::ssh_key_ids).
    pub fn with_ssh_key_ids(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.ssh_key_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`config`](Self::config).
    pub fn with_config(mut self, value: ::std::vec::Vec<EnvVar>) -> Self {
        self.config = ::std::option::Option::Some(value);
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
/// Login details of a database user.
#[cfg(feature = "databases")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DatabaseUserInfo {
    /// `username`
    pub username: ::std::option::Option<::std::string::String>,
    /// `password`
    pub password: ::std::option::Option<::std::string::String>,
    /// `port`
    pub port: ::std::option::Option<i32>,
}
#[cfg(feature = "databases")]
impl std::fmt::Debug for DatabaseUserInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatabaseUserInfo")
            .field("username", &self.username)
            .field("password", &cloudsdk_runtime::Redacted(&self.password))
            .field("port", &self.port)
            .finish()
    }
}
#[cfg(feature = "databases")]
impl serde::Serialize for DatabaseUserInfo {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.username.is_some() as usize;
        len += self.password.is_some() as usize;
        len += self.port.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "DatabaseUserInfo",
            len,
        );
        s.optional("username", &self.username);
        s.optional("password", &self.password);
        s.optional("port", &self.port);
        s.end()
    }
}
#[cfg(feature = "databases")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DatabaseUserInfo {
    const NAME: &'static str = "DatabaseUserInfo";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["username", "password", "port"],
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
            username: v0,
            password: v1,
            port: v2,
        })
    }
}
#[cfg(feature = "databases")]
impl<'de> serde::Deserialize<'de> for DatabaseUserInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "databases")]
impl DatabaseUserInfo {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            username: ::std::option::Option::None,
            password: ::std::option::Option::None,
            port: ::std::option::Option::None,
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
    /// Sets [`port`](Self::port).
    pub fn with_port(mut self, value: i32) -> Self {
        self.port = ::std::option::Option::Some(value);
        self
    }
}
/// A managed database cluster.
#[cfg(feature = "databases")]
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Database {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `nodes`
    pub nodes: ::std::option::Option<i32>,
    /// `size`
    pub size: ::std::option::Option<::std::string::String>,
    /// e.g. `MySQL`, `PostgreSQL`.
    pub software: ::std::option::Option<::std::string::String>,
    /// `software_version`
    pub software_version: ::std::option::Option<::std::string::String>,
    /// `public_ipv4`
    pub public_ipv4: ::std::option::Option<::std::string::String>,
    /// `private_ipv4`
    pub private_ipv4: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `port`
    pub port: ::std::option::Option<i32>,
    /// `username`
    pub username: ::std::option::Option<::std::string::String>,
    /// `password`
    pub password: ::std::option::Option<::std::string::String>,
    /// `database_user_info`
    pub database_user_info: ::std::option::Option<::std::vec::Vec<DatabaseUserInfo>>,
    /// `dns_entry`
    pub dns_entry: ::std::option::Option<::std::string::String>,
    /// e.g. `Ready`.
    pub status: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "databases")]
impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("nodes", &self.nodes)
            .field("size", &self.size)
            .field("software", &self.software)
            .field("software_version", &self.software_version)
            .field("public_ipv4", &self.public_ipv4)
            .field("private_ipv4", &self.private_ipv4)
            .field("network_id", &self.network_id)
            .field("firewall_id", &self.firewall_id)
            .field("port", &self.port)
            .field("username", &self.username)
            .field("password", &cloudsdk_runtime::Redacted(&self.password))
            .field("database_user_info", &self.database_user_info)
            .field("dns_entry", &self.dns_entry)
            .field("status", &self.status)
            .finish()
    }
}
#[cfg(feature = "databases")]
impl serde::Serialize for Database {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.nodes.is_some() as usize;
        len += self.size.is_some() as usize;
        len += self.software.is_some() as usize;
        len += self.software_version.is_some() as usize;
        len += self.public_ipv4.is_some() as usize;
        len += self.private_ipv4.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.port.is_some() as usize;
        len += self.username.is_some() as usize;
        len += self.password.is_some() as usize;
        len += self.database_user_info.is_some() as usize;
        len += self.dns_entry.is_some() as usize;
        len += self.status.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "Database", len);
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("nodes", &self.nodes);
        s.optional("size", &self.size);
        s.optional("software", &self.software);
        s.optional("software_version", &self.software_version);
        s.optional("public_ipv4", &self.public_ipv4);
        s.optional("private_ipv4", &self.private_ipv4);
        s.optional("network_id", &self.network_id);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("port", &self.port);
        s.optional("username", &self.username);
        s.optional("password", &self.password);
        s.optional("database_user_info", &self.database_user_info);
        s.optional("dns_entry", &self.dns_entry);
        s.optional("status", &self.status);
        s.end()
    }
}
#[cfg(feature = "databases")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for Database {
    const NAME: &'static str = "Database";
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
                "nodes",
                "size",
                "software",
                "software_version",
                "public_ipv4",
                "private_ipv4",
                "network_id",
                "firewall_id",
                "port",
                "username",
                "password",
                "database_user_info",
                "dns_entry",
                "status",
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
            nodes: v2,
            size: v3,
            software: v4,
            software_version: v5,
            public_ipv4: v6,
            private_ipv4: v7,
            network_id: v8,
            firewall_id: v9,
            port: v10,
            username: v11,
            password: v12,
            database_user_info: v13,
            dns_entry: v14,
            status: v15,
        })
    }
}
#[cfg(feature = "databases")]
impl<'de> serde::Deserialize<'de> for Database {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "databases")]
impl Database {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            nodes: ::std::option::Option::None,
            size: ::std::option::Option::None,
            software: ::std::option::Option::None,
            software_version: ::std::option::Option::None,
            public_ipv4: ::std::option::Option::None,
            private_ipv4: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            port: ::std::option::Option::None,
            username: ::std::option::Option::None,
            password: ::std::option::Option::None,
            database_user_info: ::std::option::Option::None,
            dns_entry: ::std::option::Option::None,
            status: ::std::option::Option::None,
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
    /// Sets [`nodes`](Self::nodes).
    pub fn with_nodes(mut self, value: i32) -> Self {
        self.nodes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`size`](Self::size).
    pub fn with_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`software`](Self::software).
    pub fn with_software(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.software = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`software_version`](Self::software_version).
    pub fn with_software_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.software_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`public_ipv4`](Self::public_ipv4).
    pub fn with_public_ipv4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_ipv4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`private_ipv4`](Self::private_ipv4).
    pub fn with_private_ipv4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ipv4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`port`](Self::port).
    pub fn with_port(mut self, value: i32) -> Self {
        self.port = ::std::option::Option::Some(value);
        self
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
    /// Sets [`database_user_info`](Self::database_user_info).
    pub fn with_database_user_info(
        mut self,
        value: ::std::vec::Vec<DatabaseUserInfo>,
    ) -> Self {
        self.database_user_info = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`dns_entry`](Self::dns_entry).
    pub fn with_dns_entry(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dns_entry = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// One page of databases.
#[cfg(feature = "databases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DatabasePage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: ::std::vec::Vec<Database>,
}
#[cfg(feature = "databases")]
impl serde::Serialize for DatabasePage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(serializer, "DatabasePage", 4);
        s.field("page", &self.page);
        s.field("per_page", &self.per_page);
        s.field("pages", &self.pages);
        s.field("items", &self.items);
        s.end()
    }
}
#[cfg(feature = "databases")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DatabasePage {
    const NAME: &'static str = "DatabasePage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["page", "per_page", "pages", "items"],
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
            return cloudsdk_runtime::de::missing("page");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("per_page");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("pages");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("items");
        };
        ::std::result::Result::Ok(Self {
            page: v0,
            per_page: v1,
            pages: v2,
            items: v3,
        })
    }
}
#[cfg(feature = "databases")]
impl<'de> serde::Deserialize<'de> for DatabasePage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "databases")]
impl DatabasePage {
    /// Builds one from its fields.
    pub fn new(
        page: i32,
        per_page: i32,
        pages: i32,
        items: ::std::vec::Vec<Database>,
    ) -> Self {
        Self {
            page,
            per_page,
            pages,
            items,
        }
    }
}
/// A new database.
#[cfg(feature = "databases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateDatabaseRequest {
    /// `name`
    pub name: ::std::string::String,
    /// `size`
    pub size: ::std::string::String,
    /// `software`
    pub software: ::std::string::String,
    /// `software_version`
    pub software_version: ::std::option::Option<::std::string::String>,
    /// `network_id`
    pub network_id: ::std::option::Option<::std::string::String>,
    /// `nodes`
    pub nodes: ::std::option::Option<i32>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// `firewall_rule`
    pub firewall_rule: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "databases")]
impl serde::Serialize for CreateDatabaseRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 3;
        len += self.software_version.is_some() as usize;
        len += self.network_id.is_some() as usize;
        len += self.nodes.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.firewall_rule.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateDatabaseRequest",
            len,
        );
        s.field("name", &self.name);
        s.field("size", &self.size);
        s.field("software", &self.software);
        s.optional("software_version", &self.software_version);
        s.optional("network_id", &self.network_id);
        s.optional("nodes", &self.nodes);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("firewall_rule", &self.firewall_rule);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "databases")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateDatabaseRequest {
    const NAME: &'static str = "CreateDatabaseRequest";
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
                "size",
                "software",
                "software_version",
                "network_id",
                "nodes",
                "firewall_id",
                "firewall_rule",
                "region",
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
                8 => f.optional(&mut v8),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v0) = v0 else {
            return cloudsdk_runtime::de::missing("name");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("size");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("software");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            size: v1,
            software: v2,
            software_version: v3,
            network_id: v4,
            nodes: v5,
            firewall_id: v6,
            firewall_rule: v7,
            region: v8,
        })
    }
}
#[cfg(feature = "databases")]
impl<'de> serde::Deserialize<'de> for CreateDatabaseRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "databases")]
impl CreateDatabaseRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        size: impl ::std::convert::Into<::std::string::String>,
        software: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            size: size.into(),
            software: software.into(),
            software_version: ::std::option::Option::None,
            network_id: ::std::option::Option::None,
            nodes: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            firewall_rule: ::std::option::Option::None,
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`software_version`](Self::software_version).
    pub fn with_software_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.software_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`network_id`](Self::network_id).
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`nodes`](Self::nodes).
    pub fn with_nodes(mut self, value: i32) -> Self {
        self.nodes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`firewall_rule`](Self::firewall_rule).
    pub fn with_firewall_rule(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_rule = ::std::option::Option::Some(value.into());
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
}
/// Database settings to change.
#[cfg(feature = "databases")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateDatabaseRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `nodes`
    pub nodes: ::std::option::Option<i32>,
    /// `firewall_id`
    pub firewall_id: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "databases")]
impl serde::Serialize for UpdateDatabaseRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.nodes.is_some() as usize;
        len += self.firewall_id.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateDatabaseRequest",
            len,
        );
        s.optional("name", &self.name);
        s.optional("nodes", &self.nodes);
        s.optional("firewall_id", &self.firewall_id);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "databases")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateDatabaseRequest {
    const NAME: &'static str = "UpdateDatabaseRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "nodes", "firewall_id", "region"],
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
            nodes: v1,
            firewall_id: v2,
            region: v3,
        })
    }
}
#[cfg(feature = "databases")]
impl<'de> serde::Deserialize<'de> for UpdateDatabaseRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "databases")]
impl UpdateDatabaseRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            nodes: ::std::option::Option::None,
            firewall_id: ::std::option::Option::None,
            region: ::std::option::Option::None,
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
    /// Sets [`nodes`](Self::nodes).
    pub fn with_nodes(mut self, value: i32) -> Self {
        self.nodes = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`firewall_id`](Self::firewall_id).
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = ::std::option::Option::Some(value.into());
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
}
/// Which backup to restore.
#[cfg(feature = "databases")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RestoreDatabaseRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// Name of the backup.
    pub backup: ::std::string::String,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "databases")]
impl serde::Serialize for RestoreDatabaseRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.name.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "RestoreDatabaseRequest",
            len,
        );
        s.optional("name", &self.name);
        s.field("backup", &self.backup);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "databases")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for RestoreDatabaseRequest {
    const NAME: &'static str = "RestoreDatabaseRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "backup", "region"],
        );
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                0 => f.optional(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("backup");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            backup: v1,
            region: v2,
        })
    }
}
#[cfg(feature = "databases")]
impl<'de> serde::Deserialize<'de> for RestoreDatabaseRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "databases")]
impl RestoreDatabaseRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(backup: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: ::std::option::Option::None,
            backup: backup.into(),
            region: ::std::option::Option::None,
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
}
/// A version of a database engine.
#[cfg(feature = "databases")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DatabaseVersion {
    /// `software_version`
    pub software_version: ::std::option::Option<::std::string::String>,
    /// `default`
    pub default: ::std::option::Option<bool>,
}
#[cfg(feature = "databases")]
impl serde::Serialize for DatabaseVersion {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.software_version.is_some() as usize;
        len += self.default.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "DatabaseVersion",
            len,
        );
        s.optional("software_version", &self.software_version);
        s.optional("default", &self.default);
        s.end()
    }
}
#[cfg(feature = "databases")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DatabaseVersion {
    const NAME: &'static str = "DatabaseVersion";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["software_version", "default"],
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
            software_version: v0,
            default: v1,
        })
    }
}
#[cfg(feature = "databases")]
impl<'de> serde::Deserialize<'de> for DatabaseVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "databases")]
impl DatabaseVersion {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            software_version: ::std::option::Option::None,
            default: ::std::option::Option::None,
        }
    }
    /// Sets [`software_version`](Self::software_version).
    pub fn with_software_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.software_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`default`](Self::default).
    pub fn with_default(mut self, value: bool) -> Self {
        self.default = ::std::option::Option::Some(value);
        self
    }
}
/// Available versions, keyed by engine name.
#[cfg(feature = "databases")]
pub type DatabaseVersions = ::std::collections::BTreeMap<
    ::std::string::String,
    ::std::vec::Vec<DatabaseVersion>,
>;
/// A backup of a database, one-off or scheduled.
#[cfg(feature = "database-backups")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DatabaseBackup {
    /// `id`
    ///
    /// Set by the server; ignored in requests.
    pub id: ::std::option::Option<::std::string::String>,
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `software`
    pub software: ::std::option::Option<::std::string::String>,
    /// `status`
    pub status: ::std::option::Option<::std::string::String>,
    /// Cron expression, for scheduled backups.
    pub schedule: ::std::option::Option<::std::string::String>,
    /// `database_name`
    pub database_name: ::std::option::Option<::std::string::String>,
    /// `database_id`
    pub database_id: ::std::option::Option<::std::string::String>,
    /// `is_scheduled`
    pub is_scheduled: ::std::option::Option<bool>,
    /// `created_at`
    pub created_at: ::std::option::Option<
        cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    >,
}
#[cfg(feature = "database-backups")]
impl serde::Serialize for DatabaseBackup {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.id.is_some() as usize;
        len += self.name.is_some() as usize;
        len += self.software.is_some() as usize;
        len += self.status.is_some() as usize;
        len += self.schedule.is_some() as usize;
        len += self.database_name.is_some() as usize;
        len += self.database_id.is_some() as usize;
        len += self.is_scheduled.is_some() as usize;
        len += self.created_at.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "DatabaseBackup",
            len,
        );
        s.optional("id", &self.id);
        s.optional("name", &self.name);
        s.optional("software", &self.software);
        s.optional("status", &self.status);
        s.optional("schedule", &self.schedule);
        s.optional("database_name", &self.database_name);
        s.optional("database_id", &self.database_id);
        s.optional("is_scheduled", &self.is_scheduled);
        s.optional("created_at", &self.created_at);
        s.end()
    }
}
#[cfg(feature = "database-backups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DatabaseBackup {
    const NAME: &'static str = "DatabaseBackup";
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
                "software",
                "status",
                "schedule",
                "database_name",
                "database_id",
                "is_scheduled",
                "created_at",
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
            software: v2,
            status: v3,
            schedule: v4,
            database_name: v5,
            database_id: v6,
            is_scheduled: v7,
            created_at: v8,
        })
    }
}
#[cfg(feature = "database-backups")]
impl<'de> serde::Deserialize<'de> for DatabaseBackup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "database-backups")]
impl DatabaseBackup {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            software: ::std::option::Option::None,
            status: ::std::option::Option::None,
            schedule: ::std::option::Option::None,
            database_name: ::std::option::Option::None,
            database_id: ::std::option::Option::None,
            is_scheduled: ::std::option::Option::None,
            created_at: ::std::option::Option::None,
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
    /// Sets [`software`](Self::software).
    pub fn with_software(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.software = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`schedule`](Self::schedule).
    pub fn with_schedule(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.schedule = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`database_name`](Self::database_name).
    pub fn with_database_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.database_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`database_id`](Self::database_id).
    pub fn with_database_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.database_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`is_scheduled`](Self::is_scheduled).
    pub fn with_is_scheduled(mut self, value: bool) -> Self {
        self.is_scheduled = ::std::option::Option::Some(value);
        self
    }
    /// Sets [`created_at`](Self::created_at).
    pub fn with_created_at(
        mut self,
        value: cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value);
        self
    }
}
/// One page of database backups.
#[cfg(feature = "database-backups")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DatabaseBackupPage {
    /// Number of this page, starting at 1.
    pub page: i32,
    /// How many items a page holds.
    pub per_page: i32,
    /// Total number of pages.
    pub pages: i32,
    /// `items`
    pub items: ::std::vec::Vec<DatabaseBackup>,
}
#[cfg(feature = "database-backups")]
impl serde::Serialize for DatabaseBackupPage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "DatabaseBackupPage",
            4,
        );
        s.field("page", &self.page);
        s.field("per_page", &self.per_page);
        s.field("pages", &self.pages);
        s.field("items", &self.items);
        s.end()
    }
}
#[cfg(feature = "database-backups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for DatabaseBackupPage {
    const NAME: &'static str = "DatabaseBackupPage";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["page", "per_page", "pages", "items"],
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
            return cloudsdk_runtime::de::missing("page");
        };
        let ::std::option::Option::Some(v1) = v1 else {
            return cloudsdk_runtime::de::missing("per_page");
        };
        let ::std::option::Option::Some(v2) = v2 else {
            return cloudsdk_runtime::de::missing("pages");
        };
        let ::std::option::Option::Some(v3) = v3 else {
            return cloudsdk_runtime::de::missing("items");
        };
        ::std::result::Result::Ok(Self {
            page: v0,
            per_page: v1,
            pages: v2,
            items: v3,
        })
    }
}
#[cfg(feature = "database-backups")]
impl<'de> serde::Deserialize<'de> for DatabaseBackupPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "database-backups")]
impl DatabaseBackupPage {
    /// Builds one from its fields.
    pub fn new(
        page: i32,
        per_page: i32,
        pages: i32,
        items: ::std::vec::Vec<DatabaseBackup>,
    ) -> Self {
        Self {
            page,
            per_page,
            pages,
            items,
        }
    }
}
/// A new backup: give `schedule` for a recurring one, or `type` for a one-off.
#[cfg(feature = "database-backups")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateDatabaseBackupRequest {
    /// `name`
    pub name: ::std::string::String,
    /// `schedule`
    pub schedule: ::std::option::Option<::std::string::String>,
    /// `type`
    pub type_: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "database-backups")]
impl serde::Serialize for CreateDatabaseBackupRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 1;
        len += self.schedule.is_some() as usize;
        len += self.type_.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "CreateDatabaseBackupRequest",
            len,
        );
        s.field("name", &self.name);
        s.optional("schedule", &self.schedule);
        s.optional("type", &self.type_);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "database-backups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for CreateDatabaseBackupRequest {
    const NAME: &'static str = "CreateDatabaseBackupRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut v3 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "schedule", "type", "region"],
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
            return cloudsdk_runtime::de::missing("name");
        };
        ::std::result::Result::Ok(Self {
            name: v0,
            schedule: v1,
            type_: v2,
            region: v3,
        })
    }
}
#[cfg(feature = "database-backups")]
impl<'de> serde::Deserialize<'de> for CreateDatabaseBackupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "database-backups")]
impl CreateDatabaseBackupRequest {
    /// Builds one from its required fields; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            schedule: ::std::option::Option::None,
            type_: ::std::option::Option::None,
            region: ::std::option::Option::None,
        }
    }
    /// Sets [`schedule`](Self::schedule).
    pub fn with_schedule(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.schedule = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`type_`](Self::type_).
    pub fn with_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.type_ = ::std::option::Option::Some(value.into());
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
}
/// New settings of the scheduled backup.
#[cfg(feature = "database-backups")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdateDatabaseBackupRequest {
    /// `name`
    pub name: ::std::option::Option<::std::string::String>,
    /// `schedule`
    pub schedule: ::std::option::Option<::std::string::String>,
    /// Region code the resource lives in, e.g. `LON1`; the account default when omitted.
    pub region: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "database-backups")]
impl serde::Serialize for UpdateDatabaseBackupRequest {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        let mut len = 0;
        len += self.name.is_some() as usize;
        len += self.schedule.is_some() as usize;
        len += self.region.is_some() as usize;
        let mut s = cloudsdk_runtime::ser::Struct::new(
            serializer,
            "UpdateDatabaseBackupRequest",
            len,
        );
        s.optional("name", &self.name);
        s.optional("schedule", &self.schedule);
        s.optional("region", &self.region);
        s.end()
    }
}
#[cfg(feature = "database-backups")]
impl<'de> cloudsdk_runtime::de::FromMap<'de> for UpdateDatabaseBackupRequest {
    const NAME: &'static str = "UpdateDatabaseBackupRequest";
    fn from_map<A: serde::de::MapAccess<'de>>(
        map: A,
    ) -> ::std::result::Result<Self, A::Error> {
        let mut v0 = ::std::option::Option::None;
        let mut v1 = ::std::option::Option::None;
        let mut v2 = ::std::option::Option::None;
        let mut f = cloudsdk_runtime::de::Fields::new(
            map,
            &["name", "schedule", "region"],
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
            schedule: v1,
            region: v2,
        })
    }
}
#[cfg(feature = "database-backups")]
impl<'de> serde::Deserialize<'de> for UpdateDatabaseBackupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(deserializer)
    }
}
#[cfg(feature = "database-backups")]
impl UpdateDatabaseBackupRequest {
    /// Builds one with every field unset; set them with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            schedule: ::std::option::Option::None,
            region: ::std::option::Option::None,
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
    /// Sets [`schedule`](Self::schedule).
    pub fn with_schedule(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.schedule = ::std::option::Option::Some(value.into());
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
}
/// The `ListVolumeSnapshotsResourceType` schema.
#[cfg(feature = "volume-snapshots")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum ListVolumeSnapshotsResourceType {
    /// `volume`
    Volume,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "volume-snapshots")]
impl ListVolumeSnapshotsResourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Volume => "volume",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "volume-snapshots")]
impl ::std::convert::From<::std::string::String> for ListVolumeSnapshotsResourceType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "volume" => Self::Volume,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "volume-snapshots")]
impl std::fmt::Display for ListVolumeSnapshotsResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "volume-snapshots")]
impl serde::Serialize for ListVolumeSnapshotsResourceType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "volume-snapshots")]
impl<'de> serde::Deserialize<'de> for ListVolumeSnapshotsResourceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "volume-snapshots")]
impl ::std::cmp::Eq for ListVolumeSnapshotsResourceType {}
#[cfg(feature = "volume-snapshots")]
impl ::std::cmp::PartialOrd for ListVolumeSnapshotsResourceType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "volume-snapshots")]
impl ::std::hash::Hash for ListVolumeSnapshotsResourceType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
/// The `GetVolumeSnapshotResourceType` schema.
#[cfg(feature = "volume-snapshots")]
#[derive(Debug, Clone, PartialEq, Ord)]
#[non_exhaustive]
pub enum GetVolumeSnapshotResourceType {
    /// `volume`
    Volume,
    /// A value this version of the client does not know.
    Unknown(::std::string::String),
}
#[cfg(feature = "volume-snapshots")]
impl GetVolumeSnapshotResourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Volume => "volume",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "volume-snapshots")]
impl ::std::convert::From<::std::string::String> for GetVolumeSnapshotResourceType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "volume" => Self::Volume,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "volume-snapshots")]
impl std::fmt::Display for GetVolumeSnapshotResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "volume-snapshots")]
impl serde::Serialize for GetVolumeSnapshotResourceType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "volume-snapshots")]
impl<'de> serde::Deserialize<'de> for GetVolumeSnapshotResourceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        <::std::string::String as serde::Deserialize>::deserialize(deserializer)
            .map(Self::from)
    }
}
#[cfg(feature = "volume-snapshots")]
impl ::std::cmp::Eq for GetVolumeSnapshotResourceType {}
#[cfg(feature = "volume-snapshots")]
impl ::std::cmp::PartialOrd for GetVolumeSnapshotResourceType {
    fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
        ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
    }
}
#[cfg(feature = "volume-snapshots")]
impl ::std::hash::Hash for GetVolumeSnapshotResourceType {
    fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
        ::std::hash::Hash::hash(self.as_str(), state)
    }
}
