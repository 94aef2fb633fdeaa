//! `de::Fields`, the reader generated `from_map`s are written over, against serde's derive: the
//! same values and the same error messages (positions included) for every input below, except
//! the two documented differences (a repeated key, an array in place of an object).

use std::collections::BTreeMap;

use cloudsdk_runtime::de::{Fields, FromMap, missing};
use serde::Deserialize;
use serde::de::MapAccess;

/// What serde's derive reads.
#[derive(Debug, PartialEq, Deserialize)]
struct Derived {
    id: u32,
    #[serde(rename = "display-name")]
    name: String,
    note: Option<String>,
    tags: Vec<String>,
}

/// The same struct, read the way a generated crate reads it.
#[derive(Debug, PartialEq)]
struct Written {
    id: u32,
    name: String,
    note: Option<String>,
    tags: Vec<String>,
}

impl<'de> FromMap<'de> for Written {
    const NAME: &'static str = "Written";
    fn from_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
        const FIELDS: &[&str] = &["id", "display-name", "note", "tags"];
        let (mut v0, mut v1, mut v2, mut v3) = (None, None, None, None);
        let mut f = Fields::new(map, FIELDS);
        while let Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                1 => f.value(&mut v1),
                2 => f.optional(&mut v2),
                3 => f.value(&mut v3),
                _ => f.skip(),
            }
        }
        f.finish()?;
        let Some(v0) = v0 else {
            return missing("id");
        };
        let Some(v1) = v1 else {
            return missing("display-name");
        };
        let Some(v3) = v3 else {
            return missing("tags");
        };
        Ok(Written {
            id: v0,
            name: v1,
            note: v2,
            tags: v3,
        })
    }
}

impl<'de> Deserialize<'de> for Written {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(d)
    }
}

/// A struct that keeps the keys it does not name.
#[derive(Debug, PartialEq)]
struct Open {
    kind: String,
    rest: BTreeMap<String, serde_json::Value>,
}

impl<'de> FromMap<'de> for Open {
    const NAME: &'static str = "Open";
    fn from_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
        let (mut v0, mut rest) = (None, BTreeMap::new());
        let mut f = Fields::new(map, &["kind"]);
        while let Some(i) = f.next_field() {
            match i {
                0 => f.value(&mut v0),
                _ => f.rest(&mut rest),
            }
        }
        f.finish()?;
        let Some(v0) = v0 else {
            return missing("kind");
        };
        Ok(Open { kind: v0, rest })
    }
}

impl<'de> Deserialize<'de> for Open {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        cloudsdk_runtime::de::from_map(d)
    }
}

fn same_as_derive(json: &str) {
    let derived = serde_json::from_str::<Derived>(json).map_err(|e| e.to_string());
    let written = serde_json::from_str::<Written>(json).map_err(|e| e.to_string());
    match (derived, written) {
        (Ok(d), Ok(w)) => {
            assert_eq!(
                (d.id, d.name, d.note, d.tags),
                (w.id, w.name, w.note, w.tags),
                "{json}"
            )
        }
        (Err(d), Err(w)) => {
            // serde's derive names its own struct in "expected struct …"; so do we.
            assert_eq!(d.replace("Derived", "Written"), w, "{json}")
        }
        (d, w) => panic!("{json}: derive gave {d:?}, the reader {w:?}"),
    }
}

#[test]
fn values_and_errors_match_serdes_derive() {
    let inputs = [
        // In order, out of order, with unknown keys of every JSON kind around the known ones.
        r#"{"id": 1, "display-name": "a", "note": "n", "tags": ["x"]}"#,
        r#"{"tags": [], "note": null, "display-name": "b", "id": 2}"#,
        r#"{"x": {"y": [1, {"z": null}]}, "id": 3, "q": 1.5, "display-name": "c", "tags": [], "t": true}"#,
        // Optional field absent or null.
        r#"{"id": 4, "display-name": "d", "tags": []}"#,
        // Missing required fields: the first missing one in declaration order is named.
        r#"{"display-name": "e", "tags": []}"#,
        r#"{"id": 5, "note": "n"}"#,
        r#"{}"#,
        // A bad value: the error and its position are serde_json's own.
        r#"{"id": "six", "display-name": "f", "tags": []}"#,
        r#"{"id": 7, "display-name": "g", "tags": [1]}"#,
        r#"{"id": 8, "display-name": null, "tags": []}"#,
        // A bad value after a bad value: only the first is reported.
        r#"{"id": -1, "tags": 3}"#,
        // A key that is not a string, truncated input, not an object.
        r#"{1: 2}"#,
        r#"{"id": 9, "display-name": "h""#,
        r#""a string""#,
        r#"42"#,
        // The renamed field's Rust name is an unknown key on the wire.
        r#"{"id": 10, "name": "i", "display-name": "j", "tags": []}"#,
    ];
    for json in inputs {
        same_as_derive(json);
    }
}

#[test]
fn a_repeated_key_keeps_its_last_value() {
    let json = r#"{"id": 1, "display-name": "a", "tags": [], "id": 2}"#;
    let w: Written = serde_json::from_str(json).expect("read");
    assert_eq!(w.id, 2);
    // serde's derive refuses it instead: the one documented difference in values.
    assert!(serde_json::from_str::<Derived>(json).is_err());
}

#[test]
fn unknown_keys_are_kept_when_the_struct_has_room_for_them() {
    let json = r#"{"a": 1, "kind": "k", "b": {"c": [true]}}"#;
    let open: Open = serde_json::from_str(json).expect("read");
    assert_eq!(open.kind, "k");
    let rest: Vec<_> = open.rest.keys().map(String::as_str).collect();
    assert_eq!(rest, ["a", "b"]);
    assert_eq!(open.rest["b"], serde_json::json!({"c": [true]}));

    let err = serde_json::from_str::<Open>(r#"{"a": 1}"#).expect_err("no kind");
    assert_eq!(err.to_string(), "missing field `kind` at line 1 column 8");
    let err = serde_json::from_str::<Open>(r#"{"kind": "k", "a": tru}"#).expect_err("bad value");
    assert!(err.to_string().starts_with("expected ident"), "{err}");
}

#[test]
fn an_error_stops_the_reading() {
    // After a failed read the reader reports the end of the map, later reads do nothing and
    // `finish` returns the first error.
    let json = r#"{"id": "x", "display-name": "a", "tags": []}"#;
    let mut reads = 0;
    let mut de = serde_json::Deserializer::from_str(json);
    let result = serde::de::Deserializer::deserialize_map(&mut de, Counter(&mut reads));
    let err = result.expect_err("a string is not a u32");
    assert_eq!(
        err.to_string(),
        "invalid type: string \"x\", expected u32 at line 1 column 10"
    );
    assert_eq!(reads, 1, "no key is read after the failed value");
}

/// Reads `Written`'s fields and counts the keys it is handed.
struct Counter<'a>(&'a mut usize);

impl<'de> serde::de::Visitor<'de> for Counter<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let mut id: Option<u32> = None;
        let mut f = Fields::new(map, &["id", "display-name", "tags"]);
        while let Some(i) = f.next_field() {
            *self.0 += 1;
            match i {
                0 => {
                    f.value(&mut id);
                    // A second read of the entry after the failure must not touch the map.
                    f.skip();
                }
                _ => f.skip(),
            }
        }
        assert_eq!(
            format!("{f:?}"),
            r#"Fields { names: ["id", "display-name", "tags"], failed: true, .. }"#
        );
        f.finish()
    }
}
