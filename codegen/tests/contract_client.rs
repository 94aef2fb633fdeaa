//! Issue #18's contract run, client side: each failure it showed that was the generator's, pinned
//! by a fixture in `fixtures/contract/` (its header says which calls failed and why).

mod common;

use cloudsdk_codegen::diag::Kind;
use cloudsdk_codegen::model::{
    Field, ParamLocation, PathStyle, ResponseKind, Success, TypeKind, TypeRef,
};
use cloudsdk_codegen::{Modelled, generate};
use common::{Fixtures, line_col, operation, warnings_with};

const FIXTURES: Fixtures = Fixtures::new("contract", "contract");

/// The field `json` of the struct `name`.
fn field<'a>(modelled: &'a Modelled, name: &str, json: &str) -> &'a Field {
    let def = modelled
        .api
        .types
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no type {name}"));
    match &def.kind {
        TypeKind::Struct { fields, .. } => fields
            .iter()
            .find(|f| f.name == json)
            .unwrap_or_else(|| panic!("no field {json} in {name}")),
        other => panic!("{name} is no struct: {other:?}"),
    }
}

#[test]
fn a_ref_beside_type_array_is_an_array_of_it() {
    let (generated, modelled) = FIXTURES.lenient("ref_beside_type_array.yaml");
    let op = operation(&modelled, "listComments");
    match &op.success {
        Success::Single {
            kind: ResponseKind::Json,
            ty: TypeRef::Vec(item),
        } => assert_eq!(**item, TypeRef::Named("Comment".into())),
        other => panic!("listComments should return Vec<Comment>: {other:?}"),
    }
    let roles = field(&modelled, "Member", "roles");
    assert_eq!(
        roles.ty,
        TypeRef::Option(Box::new(TypeRef::Vec(Box::new(TypeRef::Named(
            "Role".into()
        )))))
    );
    let found = warnings_with(&generated, "beside `type: array` without `items`");
    assert_eq!(found.len(), 2, "{:#?}", generated.warnings);
    assert!(found.iter().all(|w| w.kind == Some(Kind::Guessed)));
    let mut places: Vec<(usize, usize)> = found.iter().map(|w| line_col(w)).collect();
    places.sort_unstable();
    assert_eq!(places, [(21, 13), (32, 9)]);
    let error = generate(
        &FIXTURES.path("ref_beside_type_array.yaml"),
        &FIXTURES.options(true),
    )
    .expect_err("--strict refuses a guess");
    assert!(error.message.contains("without `items`"), "{error}");
}

#[test]
fn informational_and_redirect_responses_are_left_out_with_a_located_warning() {
    let (generated, _) = FIXTURES.lenient("informational_and_redirect_responses.yaml");
    let found = warnings_with(&generated, "is left out: ");
    let mut seen: Vec<(&str, Option<Kind>, (usize, usize))> = found
        .iter()
        .map(|w| (w.pointer.as_deref().unwrap_or(""), w.kind, line_col(w)))
        .collect();
    seen.sort_unstable();
    let omitted = Some(Kind::Omitted);
    assert_eq!(
        seen,
        [
            ("/paths/~1data/get/responses/100", omitted, (19, 16)),
            ("/paths/~1data/get/responses/307", omitted, (20, 16)),
            ("/paths/~1data/get/responses/3XX", omitted, (21, 14)),
            (
                "/paths/~1deactivations/get/responses/307",
                omitted,
                (26, 16)
            ),
        ],
        "{:#?}",
        generated.warnings
    );
    let redirect = warnings_with(&generated, "response `307` is left out: a redirect (3XX)");
    assert_eq!(redirect.len(), 2, "{found:#?}");
    let informational = warnings_with(&generated, "response `100` is left out: an informational");
    assert_eq!(informational.len(), 1, "{found:#?}");
    assert!(
        warnings_with(&generated, "`101`").is_empty(),
        "a websocket's 101 is its stream's: {:#?}",
        generated.warnings
    );
}

#[test]
fn path_parameters_keep_their_label_and_matrix_styles() {
    let (generated, modelled) = FIXTURES.lenient("path_label_and_matrix_styles.yaml");
    let cases = [
        (
            "getLabel",
            "/label/{id}",
            PathStyle::Label { explode: false },
        ),
        (
            "getMatrixExploded",
            "/matrix/{ids}",
            PathStyle::Matrix { explode: true },
        ),
        (
            "getMatrixByOperator",
            "/operator/{id}",
            PathStyle::Matrix { explode: true },
        ),
        (
            "getDeclaredMatrix",
            "/conflict/{id}",
            PathStyle::Matrix { explode: false },
        ),
        (
            "getPlain",
            "/plain/{id}",
            PathStyle::Simple { explode: false },
        ),
    ];
    for (id, path, want) in cases {
        let op = operation(&modelled, id);
        assert_eq!(op.path, path, "{id}");
        match op.params.as_slice() {
            [p] => match p.location {
                ParamLocation::Path { style, .. } => assert_eq!(style, want, "{id}"),
                other => panic!("{id}: {other:?}"),
            },
            other => panic!("{id}: one parameter expected, got {other:?}"),
        }
    }
    let builders: String = generated
        .files
        .iter()
        .filter(|f| f.path.starts_with("src/"))
        .map(|f| f.contents.as_str())
        .collect();
    let styled = builders.matches("path_param_styled(").count();
    assert_eq!(styled, 4, "every styled parameter is filled in its style");
    assert!(builders.contains("PathStyle::matrix(true)"));
    assert!(builders.contains("PathStyle::label(false)"));
    let mock = generated
        .files
        .iter()
        .find(|f| f.path == "src/mock.rs")
        .expect("a mock module");
    let routes = mock.contents.matches(".path_styles(").count();
    assert_eq!(
        routes, 4,
        "every styled parameter's route declares its style"
    );
    assert!(
        mock.contents
            .contains("(\"ids\", cloudsdk_runtime::PathStyle::matrix(true))")
    );
}

#[test]
fn accept_and_content_type_header_parameters_are_left_out_as_openapi_says() {
    let (generated, modelled) = FIXTURES.lenient("accept_header_parameter.yaml");
    let op = operation(&modelled, "getRides");
    let names: Vec<&str> = op.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Authorization", "Accept-Language"]);
    let found = warnings_with(&generated, "OpenAPI ignores `Accept` and `Content-Type`");
    let mut seen: Vec<(String, Option<Kind>)> = found
        .iter()
        .map(|w| (w.message.split('`').nth(1).unwrap_or("").to_owned(), w.kind))
        .collect();
    seen.sort();
    let omitted = Some(Kind::Omitted);
    assert_eq!(
        seen,
        [
            ("Accept".to_owned(), omitted),
            ("content-type".to_owned(), omitted)
        ]
    );
    let pointers: Vec<&str> = found.iter().filter_map(|w| w.pointer.as_deref()).collect();
    assert!(
        pointers.contains(&"/paths/~1rides/get/parameters/0"),
        "{pointers:?}"
    );
}

#[test]
fn a_file_listed_under_json_is_read_as_bytes() {
    let (_, modelled) = FIXTURES.lenient("file_under_json.yaml");
    match &operation(&modelled, "exportIcal").success {
        Success::Single { kind, ty } => {
            assert_eq!((kind, ty), (&ResponseKind::Binary, &TypeRef::Bytes));
        }
        other => panic!("{other:?}"),
    }
    match &operation(&modelled, "listRecords").success {
        Success::Single { kind, ty } => assert_eq!(
            (kind, ty),
            (
                &ResponseKind::Json,
                &TypeRef::Vec(Box::new(TypeRef::String))
            )
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_json_dialect_is_asked_for_by_its_own_name() {
    let (_, modelled) = FIXTURES.lenient("json_dialect_only.yaml");
    let areas = operation(&modelled, "getAreas");
    assert_eq!(areas.accept.as_deref(), Some("application/vnd.geo+json"));
    assert!(matches!(
        areas.success,
        Success::Single {
            kind: ResponseKind::Json,
            ..
        }
    ));
    assert_eq!(operation(&modelled, "getPlain").accept, None);
}
