//! Tagged unions on the wire, through types generated from the generator's own fixtures (no
//! provider spec has them): `cargo xtask codegen` writes the fixtures' `types.rs` to
//! `tests/fixtures/` and `--check` keeps them current. A union tagged by its spec's
//! discriminator (`Pet`) and one whose tag the spec only implies (`DiskState`: every
//! alternative requires `state` as a one-value enum) pick their variant by the tag, keep a
//! value with an unknown tag whole, write each variant back as it was read, and report a
//! known tag with a bad body as an error rather than as unknown. Untagged alternatives of one
//! property each are named after it.

// What a generated crate's root allows for these modules (string enums derive `Ord` and write
// `PartialOrd`); not every type is used here.
#[path = "../fixtures/schema_discriminator_types.rs"]
#[rustfmt::skip]
#[allow(dead_code, clippy::derive_ord_xor_partial_ord)]
mod discriminator;
#[path = "../fixtures/schema_unions_types.rs"]
#[rustfmt::skip]
#[allow(dead_code, clippy::derive_ord_xor_partial_ord)]
mod unions;

use serde_json::{Value, json};

fn read<T: serde::de::DeserializeOwned>(value: &Value) -> T {
    serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{value}: {e}"))
}

#[test]
fn an_implied_tag_picks_the_variant_and_keeps_unknown_states() {
    use unions::{DiskState, DiskStateAttached, DiskStateCreating};

    // An inline alternative's type leaves the tag out: its variant says it.
    let attached = json!({"state": "attached", "instance": "db-1"});
    let DiskState::Attached(a) = read::<DiskState>(&attached) else {
        panic!("`attached` is read as the Attached variant");
    };
    assert_eq!(a, DiskStateAttached::new("db-1".to_owned()));
    assert_eq!(
        serde_json::to_value(DiskState::Attached(a)).unwrap(),
        attached
    );
    // Written with the tag first.
    let text = serde_json::to_string(&DiskState::Creating(DiskStateCreating::default())).unwrap();
    assert_eq!(text, r#"{"state":"creating"}"#);
    assert!(matches!(
        read(&json!({"state": "creating"})),
        DiskState::Creating(_)
    ));

    // A referenced alternative keeps its type's name, and its type keeps the tag.
    let gone = json!({"state": "destroyed"});
    let DiskState::Gone(g) = read::<DiskState>(&gone) else {
        panic!("`destroyed` is read as Gone");
    };
    assert_eq!(g.state, unions::GoneState::Destroyed);
    assert_eq!(serde_json::to_value(DiskState::Gone(g)).unwrap(), gone);

    // A state this client does not know is kept whole, and written back unchanged.
    let faulted = json!({"state": "faulted", "reason": "disk lost"});
    let unknown: DiskState = read(&faulted);
    assert_eq!(unknown, DiskState::Unknown(faulted.clone()));
    assert_eq!(serde_json::to_value(&unknown).unwrap(), faulted);

    // A known tag whose body does not fit is an error, not an unknown value.
    let err = serde_json::from_value::<DiskState>(json!({"state": "attached"}))
        .expect_err("`instance` is required when attached");
    assert!(
        err.to_string().contains("missing field `instance`"),
        "{err}"
    );
}

#[test]
fn without_a_tag_the_alternatives_are_tried_in_order() {
    use unions::LooseState;

    // `kind` is optional in the second alternative: no tag, so the first that fits wins.
    assert!(matches!(
        read(&json!({"kind": "a", "mode": "x"})),
        LooseState::LooseStateVariant0(_)
    ));
    assert!(matches!(
        read(&json!({"mode": "x"})),
        LooseState::LooseStateVariant1(_)
    ));
    let err = serde_json::from_value::<LooseState>(json!({"kind": "a"})).expect_err("no mode");
    assert!(
        err.to_string().contains("untagged enum LooseState"),
        "{err}"
    );
}

#[test]
fn alternatives_of_one_property_each_are_named_after_it_and_read_by_it() {
    use unions::InterfaceNum;

    let InterfaceNum::IfIndex(i) = read::<InterfaceNum>(&json!({"if_index": 7})) else {
        panic!("`if_index` is read as IfIndex");
    };
    assert_eq!(i.if_index, 7);
    // `unknown` is a key of the spec's, not this client's catch-all.
    assert!(matches!(
        read(&json!({"unknown": 1})),
        InterfaceNum::Unknown2(_)
    ));
}

#[test]
fn a_spec_discriminator_maps_its_values_and_the_component_names() {
    use discriminator::Pet;

    // `kitty` is mapped to Cat; Dog is selected by its component's name.
    let cat = json!({"kind": "kitty", "indoor": true});
    let Pet::Cat(c) = read::<Pet>(&cat) else {
        panic!("`kitty` is a Cat");
    };
    assert_eq!(c.indoor, Some(true));
    assert_eq!(serde_json::to_value(Pet::Cat(c)).unwrap(), cat);
    let Pet::Dog(d) = read::<Pet>(&json!({"kind": "Dog", "goodBoy": true})) else {
        panic!("`Dog` is a Dog");
    };
    assert_eq!(d.good_boy, Some(true));

    // Neither a value that is no object nor one without the tag is lost.
    for value in [
        json!({"kind": "Cat"}),
        json!({"indoor": true}),
        json!("cat"),
    ] {
        assert_eq!(read::<Pet>(&value), Pet::Unknown(value.clone()));
    }
}
