//! Pieces the generated crates' `Deserialize` impls for structs are built from.
//!
//! serde's derive emits, for every struct, a field-identifier enum with three visitors, a
//! `visit_seq` nobody uses with JSON, and a `visit_map`; with hundreds of schemas that is most
//! of a generated crate's compile time. The generated impls instead write one `from_map` per
//! struct, a loop matching keys as strings, and share everything else from here:
//!
//! ```
//! use cloudsdk_runtime::de::{FromMap, Key, required};
//! use serde::de::{IgnoredAny, MapAccess};
//!
//! struct Point { x: i64, label: Option<String> }
//!
//! impl<'de> FromMap<'de> for Point {
//!     const NAME: &'static str = "Point";
//!     fn from_map<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
//!         let (mut x, mut label) = (None, None);
//!         while let Some(key) = map.next_key::<Key<'de>>()? {
//!             match key.as_str() {
//!                 "x" => x = Some(map.next_value()?),
//!                 "label" => label = map.next_value()?,
//!                 _ => { map.next_value::<IgnoredAny>()?; }
//!             }
//!         }
//!         Ok(Point { x: required(x, "x")?, label })
//!     }
//! }
//! impl<'de> serde::Deserialize<'de> for Point {
//!     fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
//!         cloudsdk_runtime::de::from_map(d)
//!     }
//! }
//!
//! let p: Point = serde_json::from_str(r#"{"x": 3, "extra": [1, 2]}"#).unwrap();
//! assert_eq!((p.x, p.label), (3, None));
//! let err = serde_json::from_str::<Point>(r#"{"label": "a"}"#).err().unwrap();
//! assert_eq!(err.to_string(), "missing field `x` at line 1 column 14");
//! ```
//!
//! Behaviour matches serde's derive for the attributes the generator used: unknown keys are
//! skipped, an `Option` field may be absent or `null`, a missing required field is reported by
//! name. Two differences: a key given twice keeps its last value instead of failing, and a JSON
//! array is not accepted in place of an object.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, Visitor};

/// A struct read from a map by a generated `from_map`.
pub trait FromMap<'de>: Sized {
    /// The struct's name, for "expected struct X" errors.
    const NAME: &'static str;
    /// Reads the struct from the entries of a map.
    fn from_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// Deserializes `T` from a map through its [`FromMap`] impl.
pub fn from_map<'de, T: FromMap<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(StructVisitor(PhantomData))
}

struct StructVisitor<T>(PhantomData<T>);

impl<'de, T: FromMap<'de>> Visitor<'de> for StructVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(map)
    }
}

/// A map key, borrowed from the input when it can be.
#[derive(Debug)]
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key as an owned string, for maps that keep unknown keys.
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v)))
    }
}

/// The value read for a required field, or serde's "missing field" error naming it.
pub fn required<T, E: de::Error>(slot: Option<T>, field: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(field))
}
