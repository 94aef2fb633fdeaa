//! Pins the model, the warnings and the emitted code of one small fixture spec per construct.
//!
//! Review changes with `cargo insta review`; never accept them blindly.

use std::path::Path;

use cloudsdk_codegen::emit::{self, Dependencies};
use cloudsdk_codegen::{Options, model, read_model};

fn fixture(name: &str) -> (model::Api, Vec<String>, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/constructs");
    let crate_name = name.split('.').next().unwrap_or(name).to_owned();
    let modelled = read_model(
        &dir.join(name),
        &Options::new(crate_name, Dependencies::Workspace),
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"));
    let files = emit::emit(&modelled.api, &Dependencies::Workspace)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut code = String::new();
    for f in files {
        code.push_str(&format!("===== {} =====\n{}\n", f.path, f.contents));
    }
    // Locations name the fixture relative to the fixtures folder, so snapshots do not depend on
    // where the checkout is.
    let prefix = format!("{}/", dir.display());
    let warnings = modelled
        .warnings
        .iter()
        .map(|w| w.to_string().replace(&prefix, ""))
        .collect();
    (modelled.api, warnings, code)
}

macro_rules! pin {
    ($test:ident, $file:literal) => {
        #[test]
        fn $test() {
            let (api, warnings, code) = fixture($file);
            insta::assert_yaml_snapshot!(concat!(stringify!($test), "_model"), api);
            insta::assert_yaml_snapshot!(concat!(stringify!($test), "_warnings"), warnings);
            insta::assert_snapshot!(concat!(stringify!($test), "_code"), code);
        }
    };
}

pin!(parameters, "parameters.yaml");
pin!(bodies, "bodies.yaml");
pin!(schemas, "schemas.yaml");
pin!(streams, "streams.yaml");
pin!(idempotency, "idempotency.yaml");
