//! The generated types' written-out `Serialize` makes the calls serde's derive makes for the
//! same definition: compared with a derived copy of each type (the attributes the generator
//! used to emit), as JSON and call by call through a serializer that records every call with
//! its arguments (the length a struct announces, `skip_field`, `Some`, map entries), and with
//! an error part-way (nothing written after it, the same error back).

use std::collections::BTreeMap;
use std::fmt;

use clever_cloud::types::{CreditPackage, EventEnvelope, NetworkGroupPeer};
use cloudsdk_runtime::chrono::{DateTime, Utc};
use serde::ser::{self, Serialize};
use serde_json::{Value, json};

// Derived copies, with the attributes the generator emitted before it wrote the impls out.

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename = "CreditPrice")]
struct CreditPrice {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    currency: Option<String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    value: Option<f64>,
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename = "CreditPackage")]
struct CreditPackageCopy {
    #[serde(rename = "dropsQuantity", skip_serializing_if = "Option::is_none")]
    drops_quantity: Option<f64>,
    #[serde(rename = "dropPrice", skip_serializing_if = "Option::is_none")]
    drop_price: Option<CreditPrice>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    price: Option<f64>,
    #[serde(rename = "originalPrice", skip_serializing_if = "Option::is_none")]
    original_price: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<i64>,
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename = "CleverPeer")]
struct CleverPeer {
    endpoint: BTreeMap<String, Value>,
    hostname: String,
    hv: String,
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    #[serde(rename = "parentEvent", skip_serializing_if = "Option::is_none")]
    parent_event: Option<String>,
    #[serde(rename = "parentMember")]
    parent_member: String,
    #[serde(rename = "publicKey")]
    public_key: String,
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename = "ExternalPeer")]
struct ExternalPeer {
    endpoint: BTreeMap<String, Value>,
    hostname: String,
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    #[serde(rename = "parentEvent", skip_serializing_if = "Option::is_none")]
    parent_event: Option<String>,
    #[serde(rename = "parentMember")]
    parent_member: String,
    #[serde(rename = "publicKey")]
    public_key: String,
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
enum NetworkGroupPeerCopy {
    CleverPeer(CleverPeer),
    ExternalPeer(ExternalPeer),
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename = "EventEnvelope")]
struct EventEnvelopeCopy {
    #[serde(skip_serializing_if = "Option::is_none")]
    event: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    data: Option<Value>,
    #[serde(flatten)]
    additional_properties: BTreeMap<String, Value>,
}

/// Reads `value` as both the generated type and its derived copy and checks they serialize
/// the same: JSON text, every call, and every prefix of the calls cut short by an error.
fn same_wire<G, D>(value: Value)
where
    G: Serialize + serde::de::DeserializeOwned,
    D: Serialize + serde::de::DeserializeOwned,
{
    let generated: G = serde_json::from_value(value.clone()).expect("generated type reads it");
    let derived: D = serde_json::from_value(value.clone()).expect("derived copy reads it");
    let text = serde_json::to_string(&generated).expect("json");
    assert_eq!(text, serde_json::to_string(&derived).expect("json"));
    let calls = record(&generated, usize::MAX);
    assert_eq!(calls, record(&derived, usize::MAX), "{value}");
    // An error at each call in turn: the same calls up to it and nothing after.
    for stop in 0..calls.len() {
        assert_eq!(
            record(&generated, stop),
            record(&derived, stop),
            "{value} {stop}"
        );
    }
}

#[test]
fn structs_write_required_optional_renamed_and_nested_fields_as_the_derive_did() {
    let full = json!({
        "dropsQuantity": 10.0, "dropPrice": {"currency": "EUR", "value": 0.5},
        "title": "Pack", "price": 5.0, "originalPrice": 6.0, "id": 7
    });
    same_wire::<CreditPackage, CreditPackageCopy>(full);
    // Optional fields left out (skipped, not counted) and a nested struct partly set.
    same_wire::<CreditPackage, CreditPackageCopy>(json!({"dropPrice": {"value": 1.5}}));
    same_wire::<CreditPackage, CreditPackageCopy>(json!({}));
    let calls = record(
        &serde_json::from_value::<CreditPackage>(json!({"title": "T", "id": 1})).expect("reads"),
        usize::MAX,
    );
    assert_eq!(calls[0], "struct CreditPackage len 2");
    assert!(
        calls.contains(&"skip dropsQuantity".to_owned()),
        "{calls:?}"
    );
    assert!(calls.contains(&"field title".to_owned()), "{calls:?}");
}

#[test]
fn unions_write_their_variant_as_the_untagged_derive_did() {
    let external = json!({
        "endpoint": {"ngTerm": "10.0.0.1:51820"}, "hostname": "laptop", "id": "peer_2",
        "parentMember": "member_1", "publicKey": "pk="
    });
    let mut clever = external.clone();
    clever["hv"] = json!("hv-par-1");
    clever["label"] = json!("a label");
    same_wire::<NetworkGroupPeer, NetworkGroupPeerCopy>(external);
    same_wire::<NetworkGroupPeer, NetworkGroupPeerCopy>(clever);
}

#[test]
fn kept_properties_follow_the_named_fields_in_a_map_as_the_flatten_derive_did() {
    let event = json!({
        "event": "DEPLOYMENT_SUCCESS", "data": {"id": 1, "list": [1, null]},
        "appId": "app_1", "retries": 2, "zzz": {"nested": true}
    });
    same_wire::<EventEnvelope, EventEnvelopeCopy>(event);
    same_wire::<EventEnvelope, EventEnvelopeCopy>(json!({"date": "2026-11-23T10:00:00Z"}));
    same_wire::<EventEnvelope, EventEnvelopeCopy>(json!({"only": "kept"}));
    let calls = record(
        &serde_json::from_value::<EventEnvelope>(json!({"event": "E", "a": 1})).expect("reads"),
        usize::MAX,
    );
    assert_eq!(calls[..3], ["map len None", "entry", "key \"event\""]);
}

/// The calls `value` makes on a serializer that fails at its `stop`th call.
fn record<T: Serialize>(value: &T, stop: usize) -> Vec<String> {
    let mut recorder = Recorder {
        calls: Vec::new(),
        stop,
    };
    match value.serialize(&mut recorder) {
        Ok(()) => {}
        Err(e) => recorder.calls.push(format!("error {e}")),
    }
    recorder.calls
}

/// A serializer that writes nothing and records every call it gets, failing at the `stop`th.
struct Recorder {
    calls: Vec<String>,
    stop: usize,
}

#[derive(Debug)]
struct Stopped(String);

impl fmt::Display for Stopped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Stopped {}

impl ser::Error for Stopped {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Stopped(msg.to_string())
    }
}

impl Recorder {
    fn call(&mut self, call: String) -> Result<(), Stopped> {
        if self.calls.len() == self.stop {
            return Err(Stopped(format!("stopped at {call}")));
        }
        self.calls.push(call);
        Ok(())
    }
}

/// The scalar methods of [`ser::Serializer`], each recording its name and value.
macro_rules! scalars {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, v: $ty) -> Result<(), Stopped> {
            self.call(format!("{} {v:?}", stringify!($method)))
        })*
    };
}

impl ser::Serializer for &mut Recorder {
    type Ok = ();
    type Error = Stopped;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    scalars!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char,
        serialize_str: &str, serialize_bytes: &[u8]);

    fn serialize_none(self) -> Result<(), Stopped> {
        self.call("none".into())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Stopped> {
        self.call("some".into())?;
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Stopped> {
        self.call("unit".into())
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Stopped> {
        self.call(format!("unit struct {name}"))
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        v: &'static str,
    ) -> Result<(), Stopped> {
        self.call(format!("unit variant {name}::{v}"))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Stopped> {
        self.call(format!("newtype struct {name}"))?;
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: u32,
        v: &'static str,
        value: &T,
    ) -> Result<(), Stopped> {
        self.call(format!("newtype variant {name}::{v}"))?;
        value.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self, Stopped> {
        self.call(format!("seq len {len:?}"))?;
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self, Stopped> {
        self.call(format!("tuple len {len}"))?;
        Ok(self)
    }
    fn serialize_tuple_struct(self, name: &'static str, len: usize) -> Result<Self, Stopped> {
        self.call(format!("tuple struct {name} len {len}"))?;
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        v: &'static str,
        len: usize,
    ) -> Result<Self, Stopped> {
        self.call(format!("tuple variant {name}::{v} len {len}"))?;
        Ok(self)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self, Stopped> {
        self.call(format!("map len {len:?}"))?;
        Ok(self)
    }
    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Self, Stopped> {
        self.call(format!("struct {name} len {len}"))?;
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        v: &'static str,
        len: usize,
    ) -> Result<Self, Stopped> {
        self.call(format!("struct variant {name}::{v} len {len}"))?;
        Ok(self)
    }
}

/// An element of a sequence, tuple or tuple struct or variant: recorded, then its value.
fn element<T: Serialize + ?Sized>(r: &mut Recorder, value: &T) -> Result<(), Stopped> {
    r.call("element".into())?;
    value.serialize(r)
}

impl ser::SerializeSeq for &mut Recorder {
    type Ok = ();
    type Error = Stopped;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stopped> {
        element(self, value)
    }
    fn end(self) -> Result<(), Stopped> {
        self.call("end seq".into())
    }
}

impl ser::SerializeTuple for &mut Recorder {
    type Ok = ();
    type Error = Stopped;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stopped> {
        element(self, value)
    }
    fn end(self) -> Result<(), Stopped> {
        self.call("end tuple".into())
    }
}

impl ser::SerializeTupleStruct for &mut Recorder {
    type Ok = ();
    type Error = Stopped;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stopped> {
        element(self, value)
    }
    fn end(self) -> Result<(), Stopped> {
        self.call("end tuple struct".into())
    }
}

impl ser::SerializeTupleVariant for &mut Recorder {
    type Ok = ();
    type Error = Stopped;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stopped> {
        element(self, value)
    }
    fn end(self) -> Result<(), Stopped> {
        self.call("end tuple variant".into())
    }
}

impl ser::SerializeMap for &mut Recorder {
    type Ok = ();
    type Error = Stopped;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Stopped> {
        let key = serde_json::to_string(key).map_err(ser::Error::custom)?;
        self.call(format!("key {key}"))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stopped> {
        self.call("value".into())?;
        value.serialize(&mut **self)
    }
    fn serialize_entry<K: Serialize + ?Sized, V: Serialize + ?Sized>(
        &mut self,
        key: &K,
        value: &V,
    ) -> Result<(), Stopped> {
        self.call("entry".into())?;
        ser::SerializeMap::serialize_key(self, key)?;
        ser::SerializeMap::serialize_value(self, value)
    }
    fn end(self) -> Result<(), Stopped> {
        self.call("end map".into())
    }
}

impl ser::SerializeStruct for &mut Recorder {
    type Ok = ();
    type Error = Stopped;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Stopped> {
        self.call(format!("field {key}"))?;
        value.serialize(&mut **self)
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), Stopped> {
        self.call(format!("skip {key}"))
    }
    fn end(self) -> Result<(), Stopped> {
        self.call("end struct".into())
    }
}

impl ser::SerializeStructVariant for &mut Recorder {
    type Ok = ();
    type Error = Stopped;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Stopped> {
        self.call(format!("variant field {key}"))?;
        value.serialize(&mut **self)
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), Stopped> {
        self.call(format!("variant skip {key}"))
    }
    fn end(self) -> Result<(), Stopped> {
        self.call("end struct variant".into())
    }
}
