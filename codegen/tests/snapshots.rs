//! Pins the model and the emitted code of one small fixture spec per construct.
//!
//! Review changes with `cargo insta review`; never accept them blindly.

use std::path::Path;

use cloudsdk_codegen::emit::{self, Dependencies};
use cloudsdk_codegen::{model, parse};

fn fixture(name: &str) -> (model::Api, Vec<String>, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/constructs")
        .join(name);
    let spec = parse::read_spec(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let crate_name = name.split('.').next().unwrap_or(name).to_owned();
    let (api, warnings) = model::build(&spec.api, &model::Options { crate_name });
    let files =
        emit::emit(&api, &Dependencies::Workspace).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut code = String::new();
    for f in files {
        code.push_str(&format!("===== {} =====\n{}\n", f.path, f.contents));
    }
    (
        api,
        warnings.iter().map(ToString::to_string).collect(),
        code,
    )
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
