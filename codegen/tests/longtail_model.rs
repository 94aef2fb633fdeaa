//! Issue #18's model/emit failure classes: each fixture under `tests/fixtures/longtail/` is
//! generated and its outcome (code and warnings) asserted.

mod common;

use std::path::Path;

use cloudsdk_codegen::model::{ResponseKind, Success, TypeRef};
use cloudsdk_codegen::{Generated, generate_str, read_model};
use common::{Fixtures, file};

const FIXTURES: Fixtures = Fixtures::new("longtail", "fixture");

/// The warnings' messages, each with its pointer, asserting each is located in the source.
fn warnings(generated: &Generated) -> Vec<String> {
    generated
        .warnings
        .iter()
        .map(|w| {
            assert!(w.location.is_some(), "unlocated: {w:?}");
            format!("{} at {}", w.message, w.pointer.as_deref().unwrap_or(""))
        })
        .collect()
}

fn strict_refuses(name: &str, needle: &str) {
    let error = FIXTURES.strict(name);
    assert!(error.to_string().contains(needle), "{error}");
}

#[test]
fn class_8_a_mapping_naming_no_variant_is_warned_and_the_union_read_untagged() {
    let generated = FIXTURES.generated("discriminator_maps_nowhere.yaml");
    let warnings = warnings(&generated);
    for value in ["dog", "cat"] {
        assert!(
            warnings
                .iter()
                .any(|w| w.contains(&format!("mapping `{value}`"))
                    && w.contains("names no variant of `Pet`")
                    && w.ends_with(&format!("/Pet/discriminator/mapping/{value}"))),
            "{warnings:#?}"
        );
    }
    assert!(
        warnings.iter().any(|w| w.contains("read untagged")),
        "{warnings:#?}"
    );
    let types = file(&generated, "src/types.rs");
    let pet = &types[types.find("pub enum Pet").expect("Pet emitted")..];
    let pet = &pet[..pet.find("\n}\n").unwrap_or(pet.len())];
    assert!(!pet.contains("Unknown"), "untagged, no tag dispatch: {pet}");
    assert!(!types.contains("match tag"), "{types}");
    strict_refuses("discriminator_maps_nowhere.yaml", "names no variant");
}

#[test]
fn class_9_an_implicit_value_already_mapped_is_skipped_with_a_warning() {
    let generated = FIXTURES.generated("discriminator_value_shadows_schema_name.yaml");
    let warnings = warnings(&generated);
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("value `Dog` is mapped to Cat")
                && w.ends_with("/Pet/discriminator/mapping/Dog")),
        "{warnings:#?}"
    );
    let types = file(&generated, "src/types.rs");
    assert_eq!(types.matches("Some(\"Dog\")").count(), 1, "{types}");
    let arm = types.split("Some(\"Dog\") =>").nth(1).unwrap_or_default();
    assert!(
        arm.trim_start_matches([' ', '{', '\n'])
            .starts_with("serde_json::from_value(value).map(Self::Cat)"),
        "{types}"
    );
}

#[test]
fn class_12_a_lone_default_response_is_read_as_the_success_with_a_warning() {
    let name = "default_only_response.yaml";
    let options = FIXTURES.options(false);
    let modelled = read_model(&FIXTURES.path(name), &options).expect("models");
    let op = &modelled.api.operations[0];
    assert!(
        matches!(
            &op.success,
            Success::Single {
                kind: ResponseKind::Binary,
                ty: TypeRef::Bytes
            }
        ),
        "{:?}",
        op.success
    );
    assert_eq!(op.accept.as_deref(), Some("image/png"));
    let warnings = warnings(&FIXTURES.generated(name));
    assert!(
        warnings.iter().any(|w| w
            .contains("no success response: `default` read as the success too")
            && w.ends_with("/responses/default")),
        "{warnings:#?}"
    );
    strict_refuses(name, "`default` read as the success");
}

#[test]
fn class_1_a_blank_parameter_description_gets_the_fallback_doc() {
    let name = "empty_parameter_description.yaml";
    let options = FIXTURES.options(false);
    let modelled = read_model(&FIXTURES.path(name), &options).expect("models");
    let params = &modelled.api.operations[0].params;
    assert!(!params.is_empty());
    assert!(
        params.iter().all(|p| p.description.is_none()),
        "{params:#?}"
    );
    let generated = FIXTURES.generated(name);
    let builders = file(&generated, "src/builders.rs");
    assert!(
        builders.contains("Sets the `limit` query parameter."),
        "{builders}"
    );
}

#[test]
fn class_3_client_rs_allows_a_root_method_with_many_arguments() {
    let generated = FIXTURES.generated("many_required_parameters_untagged.yaml");
    let client = file(&generated, "src/client.rs");
    assert!(client.contains("pub fn image_quote("), "{client}");
    assert!(
        client.contains("#![allow(clippy::too_many_arguments)]"),
        "{client}"
    );
}

#[test]
fn class_4_a_unit_success_is_called_in_the_examples_without_a_binding() {
    let generated = FIXTURES.generated("quickstart_unit_result.yaml");
    for path in ["examples/quickstart.rs", "README.md"] {
        let text = file(&generated, path);
        assert!(!text.contains("let result"), "{path}: {text}");
        assert!(text.contains(".send().await?;"), "{path}: {text}");
    }
}

#[test]
fn class_12_default_beside_an_error_status_stays_the_error_shape() {
    let spec = r#"
openapi: 3.0.0
info: {title: Not implemented, version: "1"}
paths:
  /providers:
    get:
      operationId: listProviders
      responses:
        "501": {description: Not implemented.}
        default:
          description: An error.
          content:
            application/json:
              schema: {type: object, properties: {message: {type: string}}}
"#;
    let options = FIXTURES.options(false);
    let generated = generate_str(Path::new("spec.yaml"), spec, false, &options).expect("generates");
    // The success is untyped, and a located warning says why (no 2XX status is documented).
    let [warning] = generated.warnings.as_slice() else {
        panic!("one warning: {:#?}", generated.warnings);
    };
    assert_eq!(
        warning.message,
        "the operation documents no success (2XX) response, only `501` and `default`: a \
         successful answer is read as any JSON value (`serde_json::Value`), untyped"
    );
    assert_eq!(
        warning.pointer.as_deref(),
        Some("/paths/~1providers/get/responses")
    );
    assert_eq!(warning.location.as_ref().map(|l| l.line), Some(9));
    assert_eq!(warning.kind, Some(cloudsdk_codegen::diag::Kind::Untyped));
    let builders: String = file(&generated, "src/builders.rs")
        .split_whitespace()
        .collect();
    // The crate's only error body, so the crate's `Error` carries it and the call returns that.
    let client: String = file(&generated, "src/client.rs")
        .split_whitespace()
        .collect();
    let error_type = "pubtypeError<E=crate::types::ListProvidersError>";
    assert!(client.contains(error_type), "{client}");
    assert!(
        builders.contains("cloudsdk_runtime::Sending<serde_json::Value,crate::Error>"),
        "{builders}"
    );
}
