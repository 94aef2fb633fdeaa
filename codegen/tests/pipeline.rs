//! The whole pipeline through `generate`: strictness, error reporting and determinism.

use std::path::{Path, PathBuf};

use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::{Options, generate, read_model};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn options(strict: bool) -> Options {
    let mut options = Options::new("fixture", Dependencies::Workspace);
    options.strict = strict;
    options
}

#[test]
fn lenient_by_default_strict_on_request() {
    let lenient =
        generate(&fixture("front/lenient.yaml"), &options(false)).expect("generates with warnings");
    assert!(!lenient.warnings.is_empty());
    assert!(
        lenient
            .warnings
            .iter()
            .all(|w| w.location.is_some() && w.pointer.is_some()),
        "{:#?}",
        lenient.warnings
    );

    let error =
        generate(&fixture("front/lenient.yaml"), &options(true)).expect_err("strict refuses");
    assert!(error.is_error());
    let text = error.to_string();
    assert!(
        text.contains("lenient.yaml:"),
        "names the file and line: {text}"
    );
    assert!(text.contains("--strict"), "says why it is an error: {text}");
}

#[test]
fn a_broken_document_names_file_line_and_hint() {
    let error = generate(&fixture("front/broken.yaml"), &options(false)).expect_err("cannot parse");
    let location = error.location.as_ref().expect("located");
    assert!(location.file.ends_with("broken.yaml"));
    assert!(location.line > 1, "{location:?}");
    assert!(error.hint.is_some(), "{error}");
}

#[test]
fn output_is_deterministic() {
    for name in [
        "constructs/body_form.yaml",
        "constructs/param_overrides.yaml",
        "constructs/schema_discriminator.yaml",
        "constructs/schema_names.yaml",
        "constructs/pagination.yaml",
        "front/swagger2.yaml",
        "front/openapi31.yaml",
    ] {
        let first = generate(&fixture(name), &options(false)).expect("generates");
        let second = generate(&fixture(name), &options(false)).expect("generates");
        assert_eq!(first.files, second.files, "{name}");
    }
}

#[test]
fn generate_and_read_model_report_the_same_located_warnings() {
    // A document the upgrade repairs with warnings.
    let path = fixture("front/lenient.yaml");
    let generated = generate(&path, &options(false)).expect("generates");
    let modelled = read_model(&path, &options(false)).expect("models");
    assert!(!modelled.warnings.is_empty());
    assert_eq!(generated.warnings, modelled.warnings);
    assert_eq!(generated.stats.operations, modelled.api.operations.len());
}
