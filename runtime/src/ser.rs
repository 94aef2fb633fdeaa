//! Pieces the generated crates' `Serialize` impls for structs are built from.
//!
//! serde's derive writes, for every struct, a `const _` block, a sum for the length, and two
//! calls per field each followed by its own early return; with hundreds of schemas that was the
//! largest expansion in a generated crate. The generated impls instead make one call per field
//! on a [`Struct`] (or, for a struct that keeps additional properties, a [`Map`]), which holds
//! the first error and skips the calls after it:
//!
//! ```
//! use cloudsdk_runtime::ser::Struct;
//!
//! struct Point { x: i64, label: Option<String> }
//!
//! impl serde::Serialize for Point {
//!     fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
//!         let mut len = 1;
//!         len += self.label.is_some() as usize;
//!         let mut s = Struct::new(serializer, "Point", len);
//!         s.field("x", &self.x);
//!         s.optional("label", &self.label);
//!         s.end()
//!     }
//! }
//!
//! let json = serde_json::to_string(&Point { x: 3, label: None }).unwrap();
//! assert_eq!(json, r#"{"x":3}"#);
//! ```
//!
//! The calls a serializer sees are the ones serde's derive makes for the attributes the
//! generator used (`rename`, `skip_serializing_if = "Option::is_none"`, `flatten` on a map of
//! additional properties), in the same order and with the same length: the required fields
//! plus the optional ones that are set, a skipped field reported with `skip_field`; a struct
//! with a flattened map is written with `serialize_map` and no length, its entries after the
//! named fields.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeStruct, Serializer};

/// A struct being written with `serialize_struct`; the first error is kept and returned by
/// [`Struct::end`], and nothing more is written after it (as the derive returns early).
pub struct Struct<S: Serializer> {
    state: Result<S::SerializeStruct, S::Error>,
}

impl<S: Serializer> Struct<S> {
    /// Starts the struct `name` with `len` fields to be written (the ones not skipped).
    #[inline]
    pub fn new(serializer: S, name: &'static str, len: usize) -> Self {
        Struct {
            state: serializer.serialize_struct(name, len),
        }
    }

    /// Writes the field `key`.
    #[inline]
    pub fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        if let Ok(state) = &mut self.state {
            if let Err(e) = state.serialize_field(key, value) {
                self.state = Err(e);
            }
        }
    }

    /// Writes the optional field `key` (the `Option`, so `Some`) when it is set, else reports
    /// it skipped.
    #[inline]
    pub fn optional<T: Serialize>(&mut self, key: &'static str, value: &Option<T>) {
        if let Ok(state) = &mut self.state {
            let written = if value.is_some() {
                state.serialize_field(key, value)
            } else {
                state.skip_field(key)
            };
            if let Err(e) = written {
                self.state = Err(e);
            }
        }
    }

    /// Ends the struct, or returns the first error.
    #[inline]
    pub fn end(self) -> Result<S::Ok, S::Error> {
        self.state?.end()
    }
}

/// A struct with additional properties being written with `serialize_map` (no length, as
/// serde's derive does for a struct with a flattened field); errors as for [`Struct`].
pub struct Map<S: Serializer> {
    state: Result<S::SerializeMap, S::Error>,
}

impl<S: Serializer> Map<S> {
    /// Starts the map.
    #[inline]
    pub fn new(serializer: S) -> Self {
        Map {
            state: serializer.serialize_map(None),
        }
    }

    /// Writes the entry `key`.
    #[inline]
    pub fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        if let Ok(state) = &mut self.state {
            if let Err(e) = state.serialize_entry(key, value) {
                self.state = Err(e);
            }
        }
    }

    /// Writes the entry `key` (the `Option`, so `Some`) when it is set; a map has no skipped
    /// entries to report.
    #[inline]
    pub fn optional<T: Serialize>(&mut self, key: &str, value: &Option<T>) {
        if value.is_some() {
            self.field(key, value);
        }
    }

    /// Writes each of the additional properties as an entry, in the map's order.
    #[inline]
    pub fn flatten<T: Serialize>(&mut self, properties: &BTreeMap<String, T>) {
        for (key, value) in properties {
            if self.state.is_err() {
                return;
            }
            self.field(key, value);
        }
    }

    /// Ends the map, or returns the first error.
    #[inline]
    pub fn end(self) -> Result<S::Ok, S::Error> {
        self.state?.end()
    }
}

/// Writes `body`, an object, with the entry `"property": value` first: the `Serialize` of a
/// generated union's variant whose type leaves its tag out (the tag is the variant itself). A
/// body that is not an object is refused by the serializer's error.
pub fn tagged<S: Serializer, T: Serialize + ?Sized>(
    serializer: S,
    property: &str,
    value: &str,
    body: &T,
) -> Result<S::Ok, S::Error> {
    use serde::ser::Error;
    let fields = match serde_json::to_value(body).map_err(S::Error::custom)? {
        serde_json::Value::Object(fields) => fields,
        other => {
            let kind = match other {
                serde_json::Value::Array(_) => "an array",
                serde_json::Value::String(_) => "a string",
                serde_json::Value::Number(_) => "a number",
                serde_json::Value::Bool(_) => "a boolean",
                _ => "null",
            };
            let message =
                format!("the `{property}: {value}` variant is written as {kind}, not an object");
            return Err(S::Error::custom(message));
        }
    };
    let len = fields.len() + 1 - usize::from(fields.contains_key(property));
    let mut map = serializer.serialize_map(Some(len))?;
    map.serialize_entry(property, value)?;
    for (k, v) in fields.iter().filter(|(k, _)| k.as_str() != property) {
        map.serialize_entry(k, v)?;
    }
    map.end()
}
