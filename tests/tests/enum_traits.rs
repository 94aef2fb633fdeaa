//! What users rely on when they compare, sort, hash and print a generated string enum: the
//! order is the order the spec declares the values in (not the wire strings' order), unknown
//! values come after every known one and compare by their string, equality is exact (a known
//! value and an `Unknown` holding the same string differ), hashing agrees with equality, and
//! `Debug` prints the variant. Pinned here so that the impls can be written in any form.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeSet, HashSet};
use std::hash::{Hash, Hasher};

use camunda_cloud::types::HealthStatus;

/// Every known value in declaration order, then unknown values in string order. The declared
/// order is not alphabetical (`Unhealthy` before `Resuming`), and `"Healthy"` kept as unknown
/// sorts with the unknowns.
fn in_order() -> Vec<HealthStatus> {
    vec![
        HealthStatus::Creating,
        HealthStatus::Healthy,
        HealthStatus::Unhealthy,
        HealthStatus::Updating,
        HealthStatus::Resuming,
        HealthStatus::Suspended,
        HealthStatus::Unknown(String::new()),
        HealthStatus::Unknown("Aardvark".into()),
        HealthStatus::Unknown("Healthy".into()),
        HealthStatus::Unknown("healthy".into()),
    ]
}

fn hash_of(value: &HealthStatus) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[test]
fn string_enums_sort_in_declaration_order_with_unknown_values_last_by_their_string() {
    let expected = in_order();
    let mut shuffled: Vec<HealthStatus> = expected.iter().rev().cloned().collect();
    shuffled.swap(1, 7);
    shuffled.swap(0, 4);
    shuffled.sort();
    assert_eq!(shuffled, expected);
    let set: BTreeSet<HealthStatus> = expected.iter().rev().cloned().collect();
    assert!(set.into_iter().eq(expected.iter().cloned()));
}

#[test]
fn string_enum_comparisons_agree_with_each_other_on_every_pair() {
    let values = in_order();
    for (i, a) in values.iter().enumerate() {
        for (j, b) in values.iter().enumerate() {
            let want = i.cmp(&j);
            assert_eq!(a.cmp(b), want, "{a:?} against {b:?}");
            assert_eq!(a.partial_cmp(b), Some(want), "{a:?} against {b:?}");
            assert_eq!(a == b, i == j, "{a:?} == {b:?}");
            assert_eq!(a < b, i < j, "{a:?} < {b:?}");
            assert_eq!(a.clone().max(b.clone()), values[i.max(j)]);
        }
        assert_eq!(a, &a.clone());
    }
    // Exact, as on the wire: a known value is not the unknown one with its string.
    assert_ne!(
        HealthStatus::Healthy,
        HealthStatus::Unknown("Healthy".into())
    );
}

#[test]
fn equal_string_enum_values_hash_alike() {
    let values = in_order();
    for value in &values {
        let copy = HealthStatus::from(value.as_str().to_owned());
        if copy == *value {
            assert_eq!(hash_of(&copy), hash_of(value), "{value:?}");
        }
        let built = match value {
            HealthStatus::Unknown(s) => HealthStatus::Unknown(s.clone()),
            known => known.clone(),
        };
        assert_eq!(hash_of(&built), hash_of(value), "{value:?}");
    }
    // A set holds each value once, however many equal copies go in.
    let set: HashSet<HealthStatus> = values
        .iter()
        .chain(values.iter())
        .cloned()
        .chain(
            values
                .iter()
                .map(|v| HealthStatus::from(v.as_str().to_owned())),
        )
        .collect();
    assert_eq!(set.len(), values.len());
    for value in &values {
        assert!(set.contains(value), "{value:?}");
    }
}

#[test]
fn string_enums_debug_print_their_variant() {
    assert_eq!(format!("{:?}", HealthStatus::Healthy), "Healthy");
    assert_eq!(format!("{:#?}", HealthStatus::Suspended), "Suspended");
    assert_eq!(
        format!("{:?}", HealthStatus::Unknown("Hibernating".into())),
        r#"Unknown("Hibernating")"#
    );
    assert_eq!(
        format!("{:#?}", HealthStatus::Unknown("a\"b".into())),
        "Unknown(\n    \"a\\\"b\",\n)"
    );
    assert_eq!(format!("{:>9?}|", HealthStatus::Healthy), "Healthy|");
}

#[test]
fn string_enum_constants_work_as_patterns() {
    const HEALTHY: HealthStatus = HealthStatus::Healthy;
    let described: Vec<&str> = in_order()
        .iter()
        .map(|v| match v {
            &HEALTHY => "healthy",
            HealthStatus::Unknown(_) => "unknown",
            _ => "other",
        })
        .collect();
    assert_eq!(described[1], "healthy");
    assert_eq!(described.iter().filter(|d| **d == "healthy").count(), 1);
    assert_eq!(described.iter().filter(|d| **d == "unknown").count(), 4);
}
