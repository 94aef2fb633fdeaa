//! The input side of issue #18's long tail: descriptions people publish that the generator used
//! to refuse or misread (fixtures in `fixtures/longtail/`, each with a header saying what it
//! reproduces). Each is read leniently, with located warnings where something was guessed, and
//! `--strict` refuses exactly those.

mod common;

use std::path::Path;

use cloudsdk_codegen::diag::Diagnostic;
use cloudsdk_codegen::model::{ParamLocation, ResponseKind, Success, TypeRef};
use cloudsdk_codegen::{Generated, generate, generate_str};
use common::{Fixtures, file, operation, place, warnings_with};

const FIXTURES: Fixtures = Fixtures::new("longtail", "longtail");

/// The only warning whose message holds `part`.
fn warning<'a>(generated: &'a Generated, part: &str) -> &'a Diagnostic {
    let found = warnings_with(generated, part);
    assert_eq!(
        found.len(),
        1,
        "one warning with {part:?} in {:#?}",
        generated.warnings
    );
    found[0]
}

// ------------------------------------------------------------- class 6: YAML beyond 64 bits

#[test]
fn yaml_integers_beyond_64_bits_are_read_as_numbers_with_a_warning() {
    let name = "yaml_integer_beyond_64_bits.yaml";
    let (generated, modelled) = FIXTURES.lenient(name);
    let max = warning(&generated, "`maximum` is 18446744073709552000");
    assert!(
        max.message
            .contains("an integer beyond 64 bits: read as the number 1.8446744073709552e19"),
        "{max}"
    );
    assert!(max.message.contains("limits.yaml"), "names the file: {max}");
    assert_eq!(
        max.pointer.as_deref(),
        Some("/Counter/properties/value/maximum")
    );
    assert_eq!(place(max), ("limits.yaml".into(), 12, 16));
    let min = warning(&generated, "`minimum` is -9223372036854776000");
    assert_eq!(min.pointer.as_deref(), Some("/Id/minimum"));
    assert_eq!(place(min), ("limits.yaml".into(), 5, 12));
    assert_eq!(generated.warnings.len(), 2, "{:#?}", generated.warnings);
    // The bound is kept (as the nearest floating-point number), and the crate is whole.
    let counter = &modelled.spec.raw["components"]["schemas"]["Counter"];
    assert_eq!(
        counter["properties"]["value"]["maximum"].as_f64(),
        Some(18_446_744_073_709_552_000.0)
    );
    assert!(file(&generated, "src/types.rs").contains("pub struct Counter"));
    assert_eq!(generated.stats.operations, 1);

    let error = FIXTURES.strict(name);
    assert!(
        error.message.contains("an integer beyond 64 bits"),
        "{error}"
    );
    assert!(error.message.contains("--strict"), "{error}");
    assert_eq!(place(&error), ("limits.yaml".into(), 5, 12));
}

/// serde_json reads an integer beyond 64 bits as the nearest f64 without a word: the loader finds
/// each one in the text and warns at it, as for YAML; one written as a float is no warning.
#[test]
fn json_integers_beyond_64_bits_are_read_as_numbers_with_a_warning() {
    let text = r#"{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {},
 "components": {"schemas": {"Counter": {"type": "integer",
   "maximum": 18446744073709551616, "minimum": -1e30}}}}"#;
    let generated = generate_str(Path::new("api.json"), text, true, &FIXTURES.options(false))
        .expect("generates leniently");
    let max = warning(&generated, "`maximum` is 18446744073709551616");
    assert!(
        max.message
            .contains("an integer beyond 64 bits: read as the number 1.8446744073709552e19"),
        "{max}"
    );
    assert_eq!(
        max.pointer.as_deref(),
        Some("/components/schemas/Counter/maximum")
    );
    assert_eq!(place(max), ("api.json".into(), 3, 15));
    assert_eq!(max.kind, Some(cloudsdk_codegen::diag::Kind::Inexact));
    assert_eq!(generated.warnings.len(), 1, "{:#?}", generated.warnings);

    let error = generate_str(Path::new("api.json"), text, true, &FIXTURES.options(true))
        .expect_err("--strict refuses");
    assert!(
        error.message.contains("an integer beyond 64 bits"),
        "{error}"
    );
    assert_eq!(place(&error), ("api.json".into(), 3, 15));
}

#[test]
fn yaml_refusals_get_a_hint_that_fits_the_cause() {
    let run = |text: &str| {
        generate_str(Path::new("api.yaml"), text, false, &FIXTURES.options(false))
            .expect_err("refused")
    };
    let duplicate = run("openapi: 3.0.0\ninfo: {title: t, version: '1'}\ninfo: {}\npaths: {}\n");
    assert!(
        duplicate
            .message
            .contains("duplicate entry with key \"info\""),
        "{duplicate}"
    );
    let hint = duplicate.hint.unwrap_or_default();
    assert!(hint.contains("same key twice"), "{hint}");
    let syntax = run("openapi: 3.0.0\ninfo: [\npaths: {}\n");
    assert!(
        syntax
            .hint
            .unwrap_or_default()
            .contains("fix the YAML syntax")
    );
}

// ------------------------------------------------------------- class 7: no `info`

#[test]
fn a_document_without_info_takes_its_title_from_the_file_name() {
    let name = "document_without_info.yaml";
    let (generated, modelled) = FIXTURES.lenient(name);
    let w = warning(&generated, "no `info`");
    assert_eq!(
        w.message,
        "the document has no `info`: title `document_without_info` taken from the file name, \
         version `0.0.0`"
    );
    assert_eq!(w.pointer.as_deref(), Some(""));
    assert_eq!(place(w), ("document_without_info.yaml".into(), 6, 1));
    assert_eq!(generated.warnings.len(), 1, "{:#?}", generated.warnings);
    assert_eq!(modelled.api.title, "document_without_info");
    assert_eq!(modelled.api.version, "0.0.0");
    assert_eq!(
        operation(&modelled, "getOrganisation").path,
        "/organisations/{id}"
    );
    assert!(file(&generated, "src/types.rs").contains("pub struct Organisation"));

    let error = FIXTURES.strict(name);
    assert!(error.message.contains("no `info`"), "{error}");
    assert!(error.message.contains("--strict"), "{error}");
}

#[test]
fn a_document_without_info_and_without_paths_is_still_a_fragment() {
    let text = "openapi: 3.0.1\ncomponents: {schemas: {A: {type: string}}}\n";
    let error = generate_str(
        Path::new("part.yaml"),
        text,
        false,
        &FIXTURES.options(false),
    )
    .expect_err("a fragment");
    assert!(error.message.contains("fragment"), "{error}");
    assert!(error.message.contains("no `info`"), "{error}");
}

// ------------------------------------------------------------- class 10: percent-encoded refs

#[test]
fn percent_encoded_ref_fragments_are_decoded() {
    let name = "percent_encoded_ref.yaml";
    let (generated, modelled) = FIXTURES.lenient(name);
    assert!(generated.warnings.is_empty(), "{:#?}", generated.warnings);
    let op = operation(&modelled, "createStore");
    assert!(
        matches!(&op.success, Success::Single { kind: ResponseKind::Json, ty }
            if *ty == TypeRef::Named("PetStore".into())),
        "{:?}",
        op.success
    );
    let types = file(&generated, "src/types.rs");
    assert!(types.contains("pub struct PetStore"), "{types}");
    assert!(
        types.contains("pub owner: ::std::option::Option<StoreOwner>"),
        "{types}"
    );
    // A correct document: nothing for --strict to refuse.
    generate(&FIXTURES.path(name), &FIXTURES.options(true)).expect("--strict accepts it");
}

#[test]
fn a_key_written_with_a_percent_sign_is_still_found() {
    // Not encoded as RFC 6901 asks (`%25`), but unambiguous: the pointer as written exists.
    let text = r##"
openapi: 3.0.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Rate%20Card"}
components:
  schemas:
    Rate%20Card: {type: object, properties: {x: {type: string}}}
"##;
    // --strict: a `$ref` that found nothing would be a warning ("points to no schema").
    let g = generate_str(Path::new("api.yaml"), text, false, &FIXTURES.options(true))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(g.stats.types, 1);
}

// ------------------------------------------------------------- class 11: response refs into paths

#[test]
fn a_response_ref_into_paths_is_followed() {
    let name = "response_ref_into_paths.yaml";
    let (generated, modelled) = FIXTURES.lenient(name);
    assert!(generated.warnings.is_empty(), "{:#?}", generated.warnings);
    for id in ["followServer", "updateUser"] {
        let op = operation(&modelled, id);
        assert!(
            matches!(&op.success, Success::Single { kind: ResponseKind::Empty, ty }
                if *ty == TypeRef::Unit),
            "{id}: {:?}",
            op.success
        );
    }
    // The response moved into components; both operations refer to it.
    let raw = &modelled.spec.raw;
    let moved = "#/components/responses/users_id_put_204";
    assert_eq!(
        raw["components"]["responses"]["users_id_put_204"]["description"],
        "Successful operation."
    );
    assert_eq!(
        raw["paths"]["/users/{id}"]["put"]["responses"]["204"]["$ref"],
        moved
    );
    assert_eq!(
        raw["paths"]["/servers/{host}/follow"]["post"]["responses"]["204"]["$ref"],
        moved
    );
    // Its place is still the place in the source file.
    let located = modelled
        .spec
        .locate("/components/responses/users_id_put_204/description")
        .expect("located");
    assert_eq!((located.line, located.column), (18, 24));
    generate(&FIXTURES.path(name), &FIXTURES.options(true)).expect("--strict accepts it");
}

// ------------------------------------------------------------- class 5: query string in a path key

#[test]
fn a_query_string_in_a_path_key_becomes_query_parameters() {
    let name = "query_string_in_path.yaml";
    let (generated, modelled) = FIXTURES.lenient(name);
    let w = warning(&generated, "carries a query string");
    assert!(
        w.message.starts_with(
            "path key `/orders?customerName={customerName}&itemKeyword={itemKeyword}&"
        ),
        "{w}"
    );
    assert!(
        w.message.ends_with(
            "carries a query string: the path is `/orders`; `customerName`, `itemKeyword`, \
             `createDateStart`, `createDateEnd`, `modifyDateStart`, `modifyDateEnd`, \
             `orderDateStart`, `orderDateEnd`, `orderNumber`, `paymentDateStart` are sent as \
             query parameters"
        ),
        "{w}"
    );
    assert!(
        w.pointer
            .as_deref()
            .is_some_and(|p| p.starts_with("/paths/~1orders?customerName="))
    );
    assert_eq!(place(w), ("query_string_in_path.yaml".into(), 13, 5));
    assert_eq!(generated.warnings.len(), 1, "{:#?}", generated.warnings);
    let [op] = modelled.api.operations.as_slice() else {
        panic!("one operation: {:#?}", modelled.api.operations);
    };
    assert_eq!(op.path, "/orders");
    assert_eq!(op.params.len(), 10);
    for p in &op.params {
        assert!(
            matches!(p.location, ParamLocation::Query(_)),
            "{}: {:?}",
            p.name,
            p.location
        );
        assert!(p.required, "{} keeps `required`", p.name);
    }
    let builders = file(&generated, "src/builders.rs");
    // The path argument of `Operation::new`, without the query string.
    assert!(builders.contains("\"/orders\","), "{builders}");
    assert!(!builders.contains("/orders?"), "{builders}");

    let error = FIXTURES.strict(name);
    assert!(error.message.contains("carries a query string"), "{error}");
}

#[test]
fn a_query_string_key_beside_its_bare_path_merges_into_it() {
    let name = "query_string_beside_bare_path.yaml";
    let (generated, modelled) = FIXTURES.lenient(name);
    let w = warning(&generated, "carries a query string");
    assert!(
        w.message.ends_with(
            "and `get /products` exists: this operation is read as that one, with `sku`, `name` \
             added to it as optional query parameters"
        ),
        "{w}"
    );
    assert_eq!(generated.warnings.len(), 1, "{:#?}", generated.warnings);
    let paths: Vec<(&str, &str)> = modelled
        .api
        .operations
        .iter()
        .map(|o| (o.path.as_str(), o.id.as_str()))
        .collect();
    assert_eq!(
        paths,
        [
            ("/products", "listProducts"),
            ("/products", "createProduct")
        ]
    );
    let list = operation(&modelled, "listProducts");
    let params: Vec<(&str, bool)> = list
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.required))
        .collect();
    assert_eq!(params, [("page", false), ("sku", false), ("name", false)]);
    assert!(
        list.params
            .iter()
            .all(|p| matches!(p.location, ParamLocation::Query(_)))
    );
    let error = FIXTURES.strict(name);
    assert!(error.message.contains("carries a query string"), "{error}");
}
