//! The serde impls the generator writes by hand rather than derives: open string enums (a known
//! value, an unknown one kept verbatim, a non-string refused) and untagged unions (variants
//! tried in order, a value that fits none refused with the enum's name).

use camunda_cloud::types::HealthStatus;
use clever_cloud::types::NetworkGroupPeer;
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
