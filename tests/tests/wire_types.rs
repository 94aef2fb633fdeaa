//! The serde impls the generator writes by hand rather than derives: open string enums (a known
//! value, an unknown one kept verbatim, a non-string refused) and untagged unions (variants
//! tried in order, a value that fits none refused with the enum's name) and structs (renamed
//! fields, optional fields absent or null, unknown keys skipped or kept, missing ones named), and
//! the types of string formats (dates and UUIDs parsed on the way in, written back in their
//! standard form, refused with a clear message when they do not parse).

use camunda_cloud::types::HealthStatus;
use civo::types::{Charge, Region};
use clever_cloud::types::EventEnvelope;
use clever_cloud::types::NetworkGroupPeer;
use clever_cloud::types::Zone;
use cloudsdk_runtime::chrono::{DateTime, Utc};
use cloudsdk_runtime::uuid::Uuid;
use serde_json::json;

#[test]
fn open_enums_read_and_write_known_and_unknown_values() {
    let known: HealthStatus = serde_json::from_value(json!("Healthy")).expect("known value");
    assert_eq!(known, HealthStatus::Healthy);
    assert_eq!(
        serde_json::to_value(&known).expect("serialize"),
        json!("Healthy")
    );

    let unknown: HealthStatus = serde_json::from_value(json!("Hibernating")).expect("kept");
    assert_eq!(unknown, HealthStatus::Unknown("Hibernating".into()));
    assert_eq!(unknown.as_str(), "Hibernating");
    assert_eq!(
        serde_json::to_string(&unknown).expect("serialize"),
        r#""Hibernating""#
    );

    // Matching is exact, as on the wire.
    let other_case: HealthStatus = serde_json::from_value(json!("healthy")).expect("kept");
    assert_eq!(other_case, HealthStatus::Unknown("healthy".into()));

    let err = serde_json::from_value::<HealthStatus>(json!(3)).expect_err("not a string");
    assert!(err.to_string().contains("expected a string"), "{err}");
    assert_eq!(
        HealthStatus::from("Creating".to_owned()),
        HealthStatus::Creating
    );
}

#[test]
fn untagged_unions_try_each_variant_in_order() {
    let external = json!({
        "endpoint": {"ngTerm": "10.0.0.1:51820"}, "hostname": "laptop", "id": "peer_2",
        "parentMember": "member_1", "publicKey": "pk=", "type": "ExternalPeer"
    });
    let mut clever = external.clone();
    clever["hv"] = json!("hv-par-1");
    clever["creationDate"] = json!("2026-11-23T10:00:00Z");

    let peer: NetworkGroupPeer = serde_json::from_value(clever.clone()).expect("clever peer");
    let NetworkGroupPeer::CleverPeer(p) = &peer else {
        panic!("the first variant that fits is chosen: {peer:?}");
    };
    assert_eq!(p.hv, "hv-par-1");
    // Serialized back as the variant's own object, no wrapper.
    assert_eq!(
        serde_json::to_value(&peer).expect("serialize")["hv"],
        "hv-par-1"
    );

    let peer: NetworkGroupPeer = serde_json::from_value(external).expect("external peer");
    assert!(
        matches!(&peer, NetworkGroupPeer::ExternalPeer(p) if p.hostname == "laptop"),
        "{peer:?}"
    );

    let err = serde_json::from_value::<NetworkGroupPeer>(json!({"id": 1})).expect_err("no fit");
    assert_eq!(
        err.to_string(),
        "data did not match any variant of untagged enum NetworkGroupPeer"
    );
}

#[test]
fn structs_read_renamed_optional_and_unknown_fields() {
    let region: Region = serde_json::from_value(json!({
        "code": "LON1", "name": "London", "type": "civo", "country": null,
        "features": {"iaas": true, "quantum": "later"}, "datacenter": {"racks": [1, 2]}
    }))
    .expect("region");
    assert_eq!(region.code, "LON1");
    assert_eq!(region.type_.as_deref(), Some("civo"));
    assert_eq!(region.country, None, "null reads as None");
    assert_eq!(region.default, None, "absent reads as None");
    let features = region.features.as_ref().expect("nested struct");
    assert_eq!((features.iaas, features.kubernetes), (Some(true), None));

    // Written back under the wire names, without the fields that are None.
    assert_eq!(
        serde_json::to_value(&region).expect("serialize"),
        json!({"code": "LON1", "name": "London", "type": "civo", "features": {"iaas": true}})
    );

    // Keys may come in any order and the last of a repeated key wins.
    let region: Region =
        serde_json::from_str(r#"{"name": "N", "default": true, "code": "A", "code": "B"}"#)
            .expect("reordered");
    assert_eq!((region.code.as_str(), region.default), ("B", Some(true)));
}

#[test]
fn structs_refuse_missing_required_fields_and_non_objects() {
    let err =
        serde_json::from_str::<Region>(r#"{"code": "LON1", "type": "civo"}"#).expect_err("no name");
    assert_eq!(err.to_string(), "missing field `name` at line 1 column 32");

    let err = serde_json::from_str::<Region>(r#"{"code": 1, "name": "x"}"#).expect_err("number");
    assert!(
        err.to_string()
            .starts_with("invalid type: integer `1`, expected a string"),
        "{err}"
    );

    let err = serde_json::from_value::<Region>(json!(["LON1", "London"])).expect_err("array");
    assert_eq!(
        err.to_string(),
        "invalid type: sequence, expected struct Region"
    );
}

#[test]
fn structs_keep_properties_the_schema_does_not_name() {
    let event: EventEnvelope = serde_json::from_value(json!({
        "event": "DEPLOYMENT_SUCCESS", "data": {"id": 1}, "appId": "app_1", "retries": 2
    }))
    .expect("event");
    assert_eq!(event.event.as_deref(), Some("DEPLOYMENT_SUCCESS"));
    assert_eq!(event.date, None);
    assert_eq!(
        event.additional_properties.keys().collect::<Vec<_>>(),
        ["appId", "retries"]
    );
    assert_eq!(event.additional_properties["retries"], json!(2));
    // Round trip: the kept properties go back beside the named ones.
    assert_eq!(
        serde_json::to_value(&event).expect("serialize"),
        json!({"event": "DEPLOYMENT_SUCCESS", "data": {"id": 1}, "appId": "app_1", "retries": 2})
    );
}

#[test]
fn formatted_strings_parse_into_their_types_and_are_written_back_in_standard_form() {
    let charge: Charge = serde_json::from_value(json!({
        "code": "instance-g3.small", "from": "2024-05-01T02:00:00+02:00", "to": "2024-05-31T23:59:59.5Z"
    }))
    .expect("charge");
    let from: DateTime<Utc> = "2024-05-01T00:00:00Z".parse().expect("instant");
    assert_eq!(
        charge.from,
        Some(from),
        "offsets are read, the instant is kept"
    );
    assert_eq!(
        serde_json::to_value(&charge).expect("serialize"),
        json!({"code": "instance-g3.small", "from": "2024-05-01T00:00:00Z", "to": "2024-05-31T23:59:59.500Z"}),
        "written back as RFC 3339 in UTC"
    );

    let zone: Zone =
        serde_json::from_value(zone(json!("2F6E0B0C-3C5D-4E8F-9A1B-7C2D3E4F5A60"))).expect("zone");
    let id: Uuid = "2f6e0b0c-3c5d-4e8f-9a1b-7c2d3e4f5a60"
        .parse()
        .expect("uuid");
    assert_eq!(zone.id, id);
    assert_eq!(
        serde_json::to_value(&zone).expect("serialize")["id"],
        "2f6e0b0c-3c5d-4e8f-9a1b-7c2d3e4f5a60",
        "hyphenated, lower case"
    );
}

#[test]
fn formatted_strings_that_do_not_parse_are_refused_with_what_was_expected() {
    // Clever Cloud's v2 API sends dates as epoch milliseconds: not what `date-time` means.
    let cases = [
        (
            json!({"from": 1714557600000_i64}),
            "invalid type: integer `1714557600000`",
        ),
        (json!({"from": "2024-05-01"}), "premature end of input"),
        (
            json!({"from": "2024-05-01T10:00:00"}),
            "premature end of input",
        ),
        (
            json!({"from": "yesterday"}),
            "input contains invalid characters",
        ),
    ];
    for (value, message) in cases {
        let err = serde_json::from_value::<Charge>(value.clone()).expect_err("not RFC 3339");
        assert!(err.to_string().contains(message), "{value}: {err}");
    }
    let err = serde_json::from_value::<Zone>(zone(json!("zone_par"))).expect_err("not a UUID");
    assert!(err.to_string().starts_with("UUID parsing failed"), "{err}");
}

/// A Clever Cloud zone with the given `id`.
fn zone(id: serde_json::Value) -> serde_json::Value {
    json!({"id": id, "name": "par", "city": "Paris", "country": "France", "countryCode": "FR",
           "lat": 48.8566, "lon": 2.3522, "outboundIPs": [], "tags": [], "status": {}})
}
