//! Pins the model, the warnings and the emitted code of one small fixture spec per construct
//! (`tests/fixtures/constructs/`), so that a change to one construct shows as a short diff.
//!
//! Review changes with `cargo insta review`; never accept them blindly.

use std::path::Path;

use cloudsdk_codegen::emit::{self, Dependencies, File};
use cloudsdk_codegen::{Options, model, read_model};

/// Files every crate has whatever its spec says; pinned once, by [`crate_files`].
const FIXED: [&str; 2] = ["Cargo.toml", "src/lib.rs"];
/// The `mock` feature's typed glue: pinned for the constructs it depends on, by [`mock_files`].
const MOCK: &str = "src/mock.rs";

fn fixture(name: &str) -> (model::Api, Vec<String>, Vec<File>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/constructs");
    let crate_name = name.split('.').next().unwrap_or(name).replace('_', "-");
    let options = Options::new(crate_name, Dependencies::Workspace);
    let modelled = read_model(&dir.join(name), &options).unwrap_or_else(|e| panic!("{name}: {e}"));
    let files = emit::emit(&modelled.api, &Dependencies::Workspace)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    // Locations name the fixture relative to the fixtures folder, so snapshots do not depend on
    // where the checkout is.
    let prefix = format!("{}/", dir.display());
    let warnings = modelled
        .warnings
        .iter()
        .map(|w| w.to_string().replace(&prefix, ""))
        .collect();
    (modelled.api, warnings, files)
}

fn code<'a>(files: impl IntoIterator<Item = &'a File>) -> String {
    let mut code = String::new();
    for f in files {
        code.push_str(&format!("===== {} =====\n{}\n", f.path, f.contents));
    }
    code
}

/// One test per fixture, named after it, and the list of them all.
macro_rules! pin {
    ($($test:ident),* $(,)?) => {
        const PINNED: &[&str] = &[$(stringify!($test)),*];
        $(
            #[test]
            fn $test() {
                let (api, warnings, files) = fixture(concat!(stringify!($test), ".yaml"));
                insta::assert_yaml_snapshot!(concat!(stringify!($test), "_model"), api);
                insta::assert_yaml_snapshot!(concat!(stringify!($test), "_warnings"), warnings);
                let code = code(files.iter().filter(|f| !FIXED.contains(&f.path.as_str()) && f.path != MOCK));
                insta::assert_snapshot!(concat!(stringify!($test), "_code"), code);
            }
        )*
    };
}

pin!(
    // The document: servers, headers, authentication.
    server_variables,
    relative_server,
    default_headers,
    auth,
    env,
    // Parameters.
    query_styles,
    param_locations,
    param_overrides,
    param_names,
    optional_segment,
    // Names of operations and groups.
    derived_names,
    tag_groups,
    // One Cargo feature per tag.
    features,
    // Request and response bodies, statuses, retries.
    body_json,
    body_form,
    body_multipart,
    body_binary,
    body_text,
    download,
    success_by_status,
    success_undocumented,
    idempotency,
    errors_shared,
    errors_mixed,
    examples,
    // Schemas.
    schema_response_inline,
    schema_discriminator,
    schema_allof,
    schema_enums,
    schema_maps,
    schema_recursion,
    schema_unions,
    schema_nullable,
    schema_names,
    schema_aliases,
    schema_formats,
    bounds,
    constructors,
    hostile_names,
    sensitive,
    // Streams.
    sse,
    pagination,
    websocket,
    websocket_send,
    websocket_protocol,
);

#[test]
fn crate_files() {
    let (_, _, files) = fixture("server_variables.yaml");
    let code = code(files.iter().filter(|f| FIXED.contains(&f.path.as_str())));
    insta::assert_snapshot!("crate_files", code);
}

/// `mock.rs` for the constructs it prints differently: query parameters, pages, events, a
/// success by status, a download, documented error statuses, an unauthenticated operation, a
/// signing URL, websockets, untagged operations, the spec's examples, optional segments and
/// path parameters declared in the label and matrix styles.
#[test]
fn mock_files() {
    for name in [
        "pagination",
        "sse",
        "success_by_status",
        "download",
        "errors_mixed",
        "auth",
        "websocket",
        "body_form",
        "examples",
        "optional_segment",
        "derived_names",
    ] {
        let (_, _, files) = fixture(&format!("{name}.yaml"));
        let code = code(files.iter().filter(|f| f.path == MOCK));
        insta::assert_snapshot!(format!("mock_{name}"), code);
    }
}

#[test]
fn every_fixture_is_pinned() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/constructs");
    for entry in std::fs::read_dir(&dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        assert!(PINNED.contains(&stem), "{} is not pinned", path.display());
    }
}
