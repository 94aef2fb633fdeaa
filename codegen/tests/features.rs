//! Per-tag Cargo features (`model/features.rs`) on `fixtures/constructs/features.yaml`: which
//! feature each tag gets, which features compile each type (closure through fields, a cycle,
//! untagged operations, types no operation uses), and where the emitted crate prints them.

use std::path::Path;

use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::model::features::{Reason, reasons};
use cloudsdk_codegen::model::{Api, TypeRef};
use cloudsdk_codegen::{Generated, Options, generate, read_model};

fn spec() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/constructs/features.yaml")
}

fn model() -> (Api, Vec<String>) {
    let options = Options::new("features", Dependencies::Workspace);
    let modelled = read_model(&spec(), &options).expect("the fixture models");
    let warnings = modelled.warnings.iter().map(|w| w.to_string()).collect();
    (modelled.api, warnings)
}

fn generated() -> Generated {
    let options = Options::new("features", Dependencies::Workspace);
    generate(&spec(), &options).expect("the fixture generates")
}

/// The features of the type named `name`; panics when there is no such type.
fn features_of<'a>(api: &'a Api, name: &str) -> Vec<&'a str> {
    let def = api.types.iter().find(|t| t.name == name);
    let def = def.unwrap_or_else(|| panic!("no type {name}"));
    def.features.iter().map(String::as_str).collect()
}

fn file<'g>(generated: &'g Generated, path: &str) -> &'g str {
    let file = generated.files.iter().find(|f| f.path == path);
    &file.unwrap_or_else(|| panic!("no {path}")).contents
}

#[test]
fn each_tag_gets_a_cargo_feature_and_collisions_are_warned() {
    let (api, warnings) = model();
    let features: Vec<(&str, &str)> = api
        .groups
        .iter()
        .map(|g| (g.tag.as_str(), g.feature.as_deref().expect("a feature")))
        .collect();
    assert_eq!(
        features,
        [
            ("pets", "pets"),
            ("stores", "stores"),
            ("Pets", "pets2"),
            ("full", "full2"),
            ("日本", "tag-5"),
        ]
    );
    for needle in [
        "tag `Pets` would take the Cargo feature `pets`, which is taken; its feature is `pets2`",
        "tag `full` would take the Cargo feature `full`, which is taken; its feature is `full2`",
        "tag `日本` has no ASCII letter or digit to name a Cargo feature by; its feature is `tag-5`",
    ] {
        let found = warnings.iter().find(|w| w.contains(needle));
        let found = found.unwrap_or_else(|| panic!("no warning {needle:?} in {warnings:#?}"));
        assert!(found.contains("features.yaml:"), "located: {found}");
    }
}

#[test]
fn a_tag_compiles_the_closure_of_its_types_cycles_included() {
    let (api, _) = model();
    // `listPets` returns `PetPage`, which holds `Pet`s, whose `Owner` holds `Pet`s again.
    for name in ["PetPage", "Pet", "Owner", "PetError"] {
        assert_eq!(features_of(&api, name), ["pets"], "{name}");
    }
    for name in ["NewStore", "Store", "Receipt", "StoreError"] {
        assert_eq!(features_of(&api, name), ["stores"], "{name}");
    }
}

#[test]
fn each_type_says_why_it_is_compiled() {
    let (api, _) = model();
    let all = reasons(&api);
    let reason = |name: &str| {
        let found = all.iter().find(|(n, _)| n == name);
        found
            .unwrap_or_else(|| panic!("no reason for {name}"))
            .1
            .clone()
    };
    assert_eq!(all.len(), api.types.len());
    assert_eq!(reason("Health"), Reason::Untagged("health".into()));
    assert_eq!(reason("Status"), Reason::Untagged("health".into()));
    assert_eq!(reason("Meta"), Reason::EveryGroup);
    assert_eq!(reason("Orphan"), Reason::Unreached);
    let pet = Reason::Groups(vec![("pets".into(), "listPets".into())]);
    assert_eq!(reason("Owner"), pet);
    assert_eq!(
        reason("Owner").to_string(),
        "tags pets (`listPets`)",
        "printed as `cargo xtask features --why` shows it"
    );
    // With an error body, the crate's `Error` keeps it (and what it names) compiled.
    let mut with_error = api.clone();
    with_error.errors.body = TypeRef::Named("PetPage".into());
    let errors = reasons(&with_error);
    for name in ["PetPage", "Pet", "Owner"] {
        let found = errors.iter().find(|(n, _)| n == name).map(|(_, r)| r);
        assert_eq!(found, Some(&Reason::ErrorBody), "{name}");
    }
    // A crate without tag features compiles everything, and says so.
    let untagged =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/constructs/errors_shared.yaml");
    let options = Options::new("errors_shared", Dependencies::Workspace);
    let untagged = read_model(&untagged, &options)
        .expect("the fixture models")
        .api;
    let untagged = reasons(&untagged);
    assert!(!untagged.is_empty());
    assert!(untagged.iter().all(|(_, r)| *r == Reason::NoTagFeatures));
    // Each reason agrees with the features the type is compiled under.
    for def in &api.types {
        let always = matches!(
            reason(&def.name),
            Reason::ErrorBody | Reason::Untagged(_) | Reason::EveryGroup
        );
        assert_eq!(always, def.features.is_empty(), "{}", def.name);
        if let Reason::Groups(by) = reason(&def.name) {
            let features: Vec<&str> = by.iter().map(|(f, _)| f.as_str()).collect();
            assert_eq!(features, features_of(&api, &def.name), "{}", def.name);
        }
    }
}

#[test]
fn what_untagged_operations_or_every_tag_need_is_always_compiled() {
    let (api, _) = model();
    // `Health` is untagged's, `Status` both untagged's and `stores`'s, `Meta` every tag's.
    for name in ["Health", "Status", "Meta"] {
        assert!(features_of(&api, name).is_empty(), "{name}");
    }
}

#[test]
fn types_no_operation_uses_come_with_full_and_keep_what_they_name_compiled() {
    let (api, _) = model();
    assert_eq!(features_of(&api, "Orphan"), ["full"]);
    assert_eq!(features_of(&api, "OrphanNote"), ["full"]);
    // `full` turns `pets` on, so `Orphan`'s `Pet` is there whenever `Orphan` is.
    assert_eq!(features_of(&api, "Pet"), ["pets"]);
}

#[test]
fn runtime_parts_are_on_for_the_tags_that_use_them_or_always() {
    let (api, _) = model();
    let parts: Vec<(&str, Vec<&str>)> = api
        .runtime_features
        .iter()
        .map(|r| {
            let features = r.features.iter().map(String::as_str).collect();
            (r.part.as_str(), features)
        })
        .collect();
    assert_eq!(
        parts,
        [("websocket", vec!["stores"]), ("multipart", Vec::new())]
    );
    let generated = generated();
    let lib = file(&generated, "src/lib.rs");
    assert!(lib.ends_with(
        "#[cfg(feature = \"websocket\")]\npub use cloudsdk_runtime::{WebSocketSender, WebSocketStream};\npub use cloudsdk_runtime::multipart;\n"
    ), "{lib}");
}

#[test]
fn one_tag_means_no_features() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/constructs");
    let options = Options::new("pagination", Dependencies::Workspace);
    let api = read_model(&dir.join("pagination.yaml"), &options)
        .expect("models")
        .api;
    assert!(api.groups.len() <= 1);
    assert!(api.groups.iter().all(|g| g.feature.is_none()));
    assert!(api.types.iter().all(|t| t.features.is_empty()));
}

/// The attribute and doc lines right above the line that starts with `item` (indentation
/// ignored); panics when no line does.
fn attributes_above<'a>(code: &'a str, item: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = code.lines().map(str::trim_start).collect();
    let at = lines.iter().position(|l| l.starts_with(item));
    let at = at.unwrap_or_else(|| panic!("no `{item}` in\n{code}"));
    lines[..at]
        .iter()
        .rev()
        .take_while(|l| l.starts_with("#[") || l.starts_with("///"))
        .copied()
        .collect()
}

/// Asserts that the item starting with `item` is compiled under `cfg` (or always, for `None`).
fn assert_gate(code: &str, item: &str, cfg: Option<&str>) {
    let above = attributes_above(code, item);
    let gates: Vec<&str> = above
        .iter()
        .copied()
        .filter(|l| l.starts_with("#[cfg"))
        .collect();
    match cfg {
        Some(cfg) => assert_eq!(gates, [cfg], "{item}"),
        None => assert!(gates.is_empty(), "{item}: {gates:?}"),
    }
}

#[test]
fn the_emitted_crate_gates_items_and_declares_the_features() {
    let generated = generated();
    let pets = Some("#[cfg(feature = \"pets\")]");
    let stores = Some("#[cfg(feature = \"stores\")]");
    let types = file(&generated, "src/types.rs");
    assert_gate(types, "pub struct Pet {", pets);
    assert_gate(
        types,
        "impl<'de> cloudsdk_runtime::de::FromMap<'de> for Pet {",
        pets,
    );
    assert_gate(types, "impl<'de> serde::Deserialize<'de> for Owner {", pets);
    assert_gate(types, "pub enum CreateStoreResponse {", stores);
    let full = Some("#[cfg(feature = \"full\")]");
    assert_gate(types, "pub type OrphanNote =", full);
    assert_gate(types, "pub struct Meta {", None);
    assert_gate(types, "pub enum Status {", None);
    assert_gate(
        types,
        "impl ::std::convert::From<::std::string::String> for Status {",
        None,
    );
    let builders = file(&generated, "src/builders.rs");
    assert_gate(builders, "pub struct PetsApi<'a> {", pets);
    assert_gate(builders, "impl<'a> PetsApi<'a> {", pets);
    assert_gate(builders, "pub struct CreateStore {", stores);
    assert_gate(builders, "impl CreateStore {", stores);
    let client = file(&generated, "src/client.rs");
    assert_gate(client, "pub fn pets(&self)", pets);
    assert_gate(client, "pub fn health(&self)", None);
    assert_gate(
        client,
        "impl cloudsdk_runtime::ErrorBody for crate::types::StoreError {",
        stores,
    );
    let manifest = file(&generated, "Cargo.toml");
    for line in [
        "cloudsdk-runtime = { workspace = true, features = [\"multipart\"] }\n",
        "default = [\"rustls\", \"full\"]\n",
        "full = [\"pets\", \"stores\", \"pets2\", \"full2\", \"tag-5\"]\n",
        "\npets = []\n",
        "\nstores = [\"websocket\"]\n",
        "\ntag-5 = []\n",
        "\nwebsocket = [\"cloudsdk-runtime/websocket\"]\n",
    ] {
        assert!(manifest.contains(line), "{line}\nin\n{manifest}");
    }
}
