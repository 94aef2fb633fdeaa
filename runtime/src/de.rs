//! Pieces the generated crates' `Deserialize` impls for structs are built from.
//!
//! serde's derive emits, for every struct, a field-identifier enum with three visitors, a
//! `visit_seq` nobody uses with JSON, and a `visit_map`; with hundreds of schemas that is most
//! of a generated crate's compile time. The generated impls instead write one `from_map` per
//! struct over a [`Fields`] reader, and share everything else from here:
//!
//! ```
//! use cloudsdk_runtime::de::{missing, Fields, FromMap};
//! use serde::de::MapAccess;
//!
//! struct Point { x: i64, label: Option<String> }
//!
//! impl<'de> FromMap<'de> for Point {
//!     const NAME: &'static str = "Point";
//!     fn from_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
//!         let (mut x, mut label) = (None, None);
//!         let mut f = Fields::new(map, &["x", "label"]);
//!         while let Some(i) = f.next_field() {
//!             match i {
//!                 0 => f.value(&mut x),
//!                 1 => f.optional(&mut label),
//!                 _ => f.skip(),
//!             }
//!         }
//!         f.finish()?;
//!         let Some(x) = x else {
//!             return missing("x");
//!         };
//!         Ok(Point { x, label })
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
//! Why a reader and not a `match` on the key's text with `?` after every read: each `?` is an
//! early return that must drop every slot read so far, so a struct with n fields cost the
//! compiler about n² drops to check; here a failed read is kept in the reader and the loop
//! simply ends, and the one early return per required field comes after it.
//!
//! Behaviour matches serde's derive for the attributes the generator used: unknown keys are
//! skipped, an `Option` field may be absent or `null`, a missing required field is reported by
//! name. Two differences: a key given twice keeps its last value instead of failing, and a JSON
//! array is not accepted in place of an object.

use std::borrow::Cow;
use std::collections::BTreeMap;
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

/// The value read for a required field, or serde's "missing field" error naming it. (Crates
/// generated before [`Fields`] call this; newer ones use [`missing`].)
pub fn required<T, E: de::Error>(slot: Option<T>, field: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(field))
}

/// serde's "missing field" error naming a required field that no entry gave, as the `Err` of
/// a generated `from_map`.
pub fn missing<T, E: de::Error>(field: &'static str) -> Result<T, E> {
    Err(E::missing_field(field))
}

/// Reads a struct's entries from a map, matching each key against the struct's JSON field
/// names by position.
///
/// A failed read is kept, not returned: [`next_field`](Self::next_field) then reports the end
/// of the map, and [`finish`](Self::finish) returns the error. Reads after that do nothing.
pub struct Fields<'de, A: MapAccess<'de>> {
    map: A,
    names: &'static [&'static str],
    /// Where the next key is looked for first: fields usually arrive in declaration order.
    hint: usize,
    /// The current key when it matched no field, for [`rest`](Self::rest).
    unknown: Option<Key<'de>>,
    error: Option<A::Error>,
}

impl<'de, A: MapAccess<'de>> fmt::Debug for Fields<'de, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fields")
            .field("names", &self.names)
            .field("failed", &self.error.is_some())
            .finish_non_exhaustive()
    }
}

impl<'de, A: MapAccess<'de>> Fields<'de, A> {
    /// Starts reading `map`, whose known keys are `names` (the struct's fields in order).
    pub fn new(map: A, names: &'static [&'static str]) -> Self {
        Fields {
            map,
            names,
            hint: 0,
            unknown: None,
            error: None,
        }
    }

    /// The next key's position in `names`, or `names.len()` for a key that names no field;
    /// `None` at the end of the map or once a read has failed.
    pub fn next_field(&mut self) -> Option<usize> {
        if self.error.is_some() {
            return None;
        }
        match self.map.next_key::<Key<'de>>() {
            Ok(Some(key)) => Some(self.position(key)),
            Ok(None) => None,
            Err(e) => {
                self.error = Some(e);
                None
            }
        }
    }

    fn position(&mut self, key: Key<'de>) -> usize {
        let n = self.names.len();
        let found = (0..n)
            .map(|k| (self.hint + k) % n)
            .find(|&i| self.names[i] == key.as_str());
        match found {
            Some(i) => {
                self.hint = i + 1;
                i
            }
            None => {
                self.unknown = Some(key);
                n
            }
        }
    }

    fn read<T: de::Deserialize<'de>>(&mut self) -> Option<T> {
        if self.error.is_some() {
            return None;
        }
        match self.map.next_value::<T>() {
            Ok(v) => Some(v),
            Err(e) => {
                self.error = Some(e);
                None
            }
        }
    }

    /// Reads the current entry's value into a required field's slot.
    pub fn value<T: de::Deserialize<'de>>(&mut self, slot: &mut Option<T>) {
        if let Some(v) = self.read::<T>() {
            *slot = Some(v);
        }
    }

    /// Reads the current entry's value into an optional field: `null` leaves it unset.
    pub fn optional<T: de::Deserialize<'de>>(&mut self, slot: &mut Option<T>) {
        if let Some(v) = self.read::<Option<T>>() {
            *slot = v;
        }
    }

    /// Skips the current entry's value (a key that names no field).
    pub fn skip(&mut self) {
        self.read::<de::IgnoredAny>();
    }

    /// Keeps the current entry, whose key names no field, in `rest` (a struct's additional
    /// properties).
    pub fn rest<V: de::Deserialize<'de>>(&mut self, rest: &mut BTreeMap<String, V>) {
        let value = self.read::<V>();
        if let (Some(key), Some(v)) = (self.unknown.take(), value) {
            rest.insert(key.into_string(), v);
        }
    }

    /// Ends the reading: the first error met, if there was one.
    pub fn finish(self) -> Result<(), A::Error> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}
