//! The first three stages (load, upgrade, parse) on small fixtures under `tests/fixtures/front`.

use std::path::{Path, PathBuf};

use cloudsdk_codegen::diag::{Diagnostic, Location};
use cloudsdk_codegen::load::load;
use cloudsdk_codegen::parse::{Spec, read_spec};
use cloudsdk_codegen::upgrade::{SpecVersion, upgrade};
use serde_json::{Value, json};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/front")
        .join(name)
}

fn read(name: &str) -> Spec {
    match read_spec(&fixture(name)) {
        Ok(spec) => spec,
        Err(e) => panic!("{name} should parse: {e}"),
    }
}

fn error(name: &str) -> Diagnostic {
    match read_spec(&fixture(name)) {
        Ok(_) => panic!("{name} should be rejected"),
        Err(e) => e,
    }
}

/// The value at `pointer` in the upgraded document.
fn at<'a>(spec: &'a Spec, pointer: &str) -> &'a Value {
    spec.raw
        .pointer(pointer)
        .unwrap_or_else(|| panic!("nothing at {pointer}"))
}

fn file_name(location: &Location) -> String {
    location
        .file
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Line and column of a location, with the file name.
fn where_(location: Option<Location>) -> (String, usize, usize) {
    let location = location.expect("a location");
    (file_name(&location), location.line, location.column)
}

fn warning_at<'a>(spec: &'a Spec, pointer: &str, needle: &str) -> &'a Diagnostic {
    spec.warnings
        .iter()
        .find(|w| w.pointer.as_deref() == Some(pointer) && w.message.contains(needle))
        .unwrap_or_else(|| {
            let all: Vec<String> = spec.warnings.iter().map(ToString::to_string).collect();
            panic!("no warning at {pointer} containing {needle:?}; warnings: {all:#?}")
        })
}

// ------------------------------------------------------------------ load: formats and locate

#[test]
fn json_and_yaml_give_the_same_document() {
    let json_doc = load(&fixture("basic.json")).expect("json loads");
    let yaml_doc = load(&fixture("basic.yaml")).expect("yaml loads");
    assert_eq!(
        json_doc.root, yaml_doc.root,
        "integer response keys in YAML become strings"
    );
    assert_eq!(json_doc.entry_file(), fixture("basic.json"));
}

#[test]
fn unknown_extension_is_read_as_json_then_yaml() {
    let doc = load(&fixture("no_extension")).expect("loads as YAML");
    assert_eq!(doc.root["info"]["title"], json!("NoExt"));
}

#[test]
fn locate_values_in_json() {
    let doc = load(&fixture("basic.json")).expect("loads");
    assert_eq!(where_(doc.locate("")), ("basic.json".into(), 1, 1));
    assert_eq!(
        where_(doc.locate("/info/title")),
        ("basic.json".into(), 3, 21)
    );
    assert_eq!(
        where_(doc.locate("/paths/~1pets/get")),
        ("basic.json".into(), 6, 14)
    );
    assert_eq!(
        where_(
            doc.locate(
                "/paths/~1pets/get/responses/200/content/application~1json/schema/items/type"
            )
        ),
        ("basic.json".into(), 8, 119)
    );
    // A pointer to nothing gives its nearest existing ancestor.
    assert_eq!(
        where_(doc.locate("/info/nothing/here")),
        ("basic.json".into(), 3, 11)
    );
}

#[test]
fn locate_values_in_yaml() {
    let doc = load(&fixture("basic.yaml")).expect("loads");
    assert_eq!(
        where_(doc.locate("/info/title")),
        ("basic.yaml".into(), 3, 10)
    );
    assert_eq!(
        where_(doc.locate("/paths/~1pets/get/responses/200/description")),
        ("basic.yaml".into(), 10, 24)
    );
    assert_eq!(
        where_(
            doc.locate(
                "/paths/~1pets/get/responses/200/content/application~1json/schema/items/type"
            )
        ),
        ("basic.yaml".into(), 15, 31)
    );
}

// ------------------------------------------------------------------ load: external refs

#[test]
fn external_refs_across_folders_are_bundled() {
    let doc = load(&fixture("multi/api.yaml")).expect("bundles");
    let root = &doc.root;
    // The path item is inlined; its refs point into the root's components.
    let get = &root["paths"]["/pets"]["get"];
    assert_eq!(
        get["parameters"][0],
        json!({"$ref": "#/components/parameters/limit"})
    );
    assert_eq!(
        root["components"]["parameters"]["limit"]["name"],
        json!("limit")
    );
    // A local schema named Pet exists: the external one is renamed.
    assert_eq!(
        get["responses"]["200"]["content"]["application/json"]["schema"],
        json!({"$ref": "#/components/schemas/Pet2"})
    );
    assert_eq!(
        root["components"]["schemas"]["Pet"]["type"],
        json!("string")
    );
    assert_eq!(
        root["components"]["schemas"]["Pet2"]["type"],
        json!("object")
    );
    // Pet → Owner → Pet: the cycle ends on the copy already placed.
    assert_eq!(
        root["components"]["schemas"]["Pet2"]["properties"]["owner"],
        json!({"$ref": "#/components/schemas/Owner"})
    );
    assert_eq!(
        root["components"]["schemas"]["Owner"]["properties"]["pets"]["items"],
        json!({"$ref": "#/components/schemas/Pet2"})
    );
    // An internal ref of an external file is rewritten into the bundle.
    assert_eq!(
        root["components"]["schemas"]["Pet2"]["properties"]["tag"],
        json!({"$ref": "#/components/schemas/Tag"})
    );
    assert_eq!(
        root["components"]["schemas"]["Tag"],
        json!({"type": "string"})
    );
    // Responses, and a JSON file referenced from a YAML one.
    assert_eq!(
        get["responses"]["default"],
        json!({"$ref": "#/components/responses/Error"})
    );
    assert_eq!(
        root["components"]["responses"]["Error"]["content"]["application/json"]["schema"],
        json!({"$ref": "#/components/schemas/Error"})
    );
    assert_eq!(
        root["components"]["schemas"]["Error"]["properties"]["message"]["type"],
        json!("string")
    );
    // The same target referenced twice is placed once.
    assert_eq!(
        root["paths"]["/owners"]["get"]["responses"]["200"]["content"]["application/json"]["schema"],
        json!({"$ref": "#/components/schemas/Owner"})
    );
    let files: Vec<String> = doc
        .files()
        .map(|f| {
            f.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(files.len(), 7, "{files:?}");
    let text = serde_json::to_string(root).unwrap_or_default();
    assert!(
        !text.contains(".yaml") && !text.contains(".json"),
        "no external ref is left: {text}"
    );
}

#[test]
fn locate_inside_external_files() {
    let doc = load(&fixture("multi/api.yaml")).expect("bundles");
    let (file, line, column) =
        where_(doc.locate("/components/schemas/Owner/properties/pets/items"));
    assert_eq!((file.as_str(), line, column), ("Owner.yaml", 6, 7));
    let location = doc.locate("/components/schemas/Owner").expect("located");
    assert!(
        location.file.ends_with("multi/schemas/Owner.yaml"),
        "{}",
        location.file.display()
    );
    assert_eq!(
        where_(doc.locate("/paths/~1pets/get/responses/200/description")),
        ("pets.yaml".into(), 6, 20)
    );
    assert_eq!(
        where_(doc.locate("/components/schemas/Error/properties/code")),
        ("Error.json".into(), 5, 13)
    );
    assert_eq!(
        where_(doc.locate("/components/parameters/limit/in")),
        ("params.yaml".into(), 3, 7)
    );
    // The entry file's own parts stay in the entry file.
    assert_eq!(
        where_(doc.locate("/components/schemas/Pet/type")),
        ("api.yaml".into(), 21, 13)
    );
}

#[test]
fn warnings_in_external_files_are_located_there() {
    let spec = read("multi/api.yaml");
    let warning = warning_at(
        &spec,
        "/components/schemas/Error/properties/code/minimum",
        "not a number",
    );
    assert_eq!(
        where_(warning.location.clone()),
        ("Error.json".into(), 5, 44)
    );
}

#[test]
fn missing_ref_file_is_an_error_at_the_ref() {
    let e = error("missing_ref/missing_file.yaml");
    assert!(e.message.contains("nowhere.yaml"), "{e}");
    assert!(
        e.message.contains("missing_file.yaml"),
        "names the referring file: {e}"
    );
    assert_eq!(
        e.pointer.as_deref(),
        Some("/paths/~1a/get/responses/200/$ref")
    );
    assert_eq!(
        where_(e.location.clone()),
        ("missing_file.yaml".into(), 8, 17)
    );
    assert!(e.hint.is_some());
}

#[test]
fn missing_ref_pointer_is_an_error_at_the_ref() {
    let e = error("missing_ref/missing_pointer.yaml");
    assert!(
        e.message.contains("/NotThere") && e.message.contains("other.yaml"),
        "{e}"
    );
    assert_eq!(e.pointer.as_deref(), Some("/components/schemas/A/$ref"));
    assert_eq!(
        where_(e.location.clone()),
        ("missing_pointer.yaml".into(), 7, 13)
    );
}

#[test]
fn swagger_external_refs_go_to_definitions() {
    let doc = load(&fixture("swagger_split/swagger.yaml")).expect("bundles");
    let root = &doc.root;
    assert_eq!(
        root["paths"]["/pets"]["get"]["parameters"][0],
        json!({"$ref": "#/parameters/limit"})
    );
    assert_eq!(
        root["paths"]["/pets"]["get"]["responses"]["default"],
        json!({"$ref": "#/responses/Error"})
    );
    assert_eq!(
        root["definitions"]["Pet"]["properties"]["error"],
        json!({"$ref": "#/definitions/Error"})
    );
    assert_eq!(
        root["responses"]["Error"]["schema"],
        json!({"$ref": "#/definitions/Error"})
    );
    // And the upgrade moves them into components.
    let spec = read("swagger_split/swagger.yaml");
    assert_eq!(at(&spec, "/components/schemas/Pet/nullable"), &json!(true));
    assert_eq!(
        at(
            &spec,
            "/components/responses/Error/content/application~1json/schema"
        ),
        &json!({"$ref": "#/components/schemas/Error"})
    );
    assert!(
        spec.api
            .components
            .as_ref()
            .is_some_and(|c| c.schemas.contains_key("Error"))
    );
    // A pointer into the upgraded document finds the external file.
    assert_eq!(
        where_(spec.locate("/components/schemas/Pet/properties/name")),
        ("Pet.yaml".into(), 4, 9)
    );
}

// ------------------------------------------------------------------ load: bad files

#[test]
fn broken_yaml_reports_line_and_hint() {
    let e = error("broken.yaml");
    assert!(e.message.contains("not valid YAML"), "{e}");
    let (file, line, _) = where_(e.location.clone());
    assert_eq!(file, "broken.yaml");
    assert!((6..=7).contains(&line), "the error is near line 6: {e}");
    assert!(e.hint.is_some());
}

#[test]
fn broken_json_reports_line_and_column() {
    let e = error("broken.json");
    assert!(e.message.contains("not valid JSON"), "{e}");
    assert_eq!(where_(e.location.clone()), ("broken.json".into(), 4, 13));
}

/// The cause (an I/O or parser error) is in the message, shown once, and is not also a `source()`;
/// the parser's position is the location, not repeated in the message.
#[test]
fn errors_show_their_cause_once() {
    let missing = fixture("missing_ref/no_such_entry.yaml");
    for (e, cause) in [
        (error("missing_ref/missing_file.yaml"), "(os error 2)"),
        (error("broken.json"), "key must be a string"),
        (error("broken.yaml"), "not valid YAML: "),
        (read_spec(&missing).expect_err("missing"), "(os error 2)"),
    ] {
        assert!(std::error::Error::source(&e).is_none(), "{e:?}");
        let shown = e.to_string();
        assert_eq!(shown.matches(cause).count(), 1, "{shown}");
        if let Some(l) = &e.location {
            let position = format!("line {} column {}", l.line, l.column);
            assert!(!shown.contains(&position), "{shown}");
        }
    }
}

#[test]
fn non_api_documents_are_clean_errors() {
    let e = error("not_api_array.json");
    assert!(
        e.message.contains("not an API description") && e.message.contains("array"),
        "{e}"
    );
    assert!(e.hint.is_some() && e.location.is_some());
    let e = error("not_api_object.yaml");
    assert!(e.message.contains("no `openapi` or `swagger`"), "{e}");
    assert_eq!(
        where_(e.location.clone()),
        ("not_api_object.yaml".into(), 1, 1)
    );
    // No `info` and no paths: a fragment (with paths it is read, named after the file).
    let e = error("fragment_no_info.json");
    assert!(
        e.message.contains("fragment") && e.message.contains("no `info` and no paths"),
        "{e}"
    );
    let e = error("does_not_exist.yaml");
    assert!(e.message.contains("cannot read"), "{e}");
}

// ------------------------------------------------------------------ upgrade: Swagger 2

#[test]
fn swagger2_servers_from_host_base_path_schemes() {
    let spec = read("swagger2.yaml");
    assert_eq!(spec.version, SpecVersion::Swagger2);
    assert_eq!(spec.api.openapi, "3.0.3");
    let urls: Vec<&str> = spec.api.servers.iter().map(|s| s.url.as_str()).collect();
    assert_eq!(
        urls,
        ["https://api.example.com/v1", "http://api.example.com/v1"]
    );
    assert_eq!(read("swagger2_nohost.json").api.servers[0].url, "/api");
    assert_eq!(read("swagger2_minimal.json").api.servers[0].url, "/");
}

#[test]
fn swagger2_body_and_consumes_produces() {
    let spec = read("swagger2.yaml");
    // A body parameter by reference → a request body by reference.
    assert_eq!(
        at(&spec, "/paths/~1pets/post/requestBody"),
        &json!({"$ref": "#/components/requestBodies/PetBody"})
    );
    assert_eq!(
        at(&spec, "/components/requestBodies/PetBody"),
        &json!({"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}, "required": true})
    );
    // An inline body with per-operation consumes; produces per operation.
    let put = at(&spec, "/paths/~1pets~1{id}/put");
    assert_eq!(put["requestBody"]["description"], json!("the new pet"));
    let types: Vec<&String> = put["requestBody"]["content"]
        .as_object()
        .map(|m| m.keys().collect())
        .unwrap_or_default();
    assert_eq!(types, ["application/json", "text/plain"]);
    assert_eq!(
        put["responses"]["200"]["content"],
        json!({"text/plain": {"schema": {"type": "string"}}})
    );
    assert_eq!(
        put["parameters"].as_array().map(Vec::len),
        Some(1),
        "the body left the parameter list"
    );
    // Global produces: every media type gets the schema; examples by media type.
    let ok = at(&spec, "/paths/~1pets/get/responses/200");
    assert_eq!(
        ok["content"]["application/xml"]["schema"]["items"],
        json!({"$ref": "#/components/schemas/Pet"})
    );
    assert_eq!(
        ok["content"]["application/json"]["example"],
        json!([{"name": "rex"}])
    );
    assert_eq!(
        ok["headers"]["X-Rate-Limit"],
        json!({"description": "calls left", "schema": {"type": "integer"}})
    );
    assert_eq!(
        at(&spec, "/paths/~1pets/get/responses/404"),
        &json!({"$ref": "#/components/responses/NotFound"})
    );
    assert_eq!(
        at(
            &spec,
            "/components/responses/NotFound/content/application~1xml/schema"
        ),
        &json!({"$ref": "#/components/schemas/Error"})
    );
}

#[test]
fn swagger2_form_data() {
    let spec = read("swagger2.yaml");
    let upload = at(&spec, "/paths/~1upload/post/requestBody");
    assert_eq!(
        upload,
        &json!({"content": {"multipart/form-data": {"schema": {
            "type": "object",
            "properties": {"file": {"type": "string", "format": "binary"}, "note": {"type": "string"}},
            "required": ["file"]
        }}}, "required": true})
    );
    let login = at(&spec, "/paths/~1login/post/requestBody/content");
    assert_eq!(
        login["application/x-www-form-urlencoded"]["schema"]["properties"]["password"],
        json!({"type": "string", "format": "password"})
    );
    assert!(
        spec.raw
            .pointer("/paths/~1upload/post/parameters")
            .is_none()
    );
}

#[test]
fn swagger2_parameters_and_collection_formats() {
    let spec = read("swagger2.yaml");
    let params = at(&spec, "/paths/~1pets/get/parameters");
    assert_eq!(params[0], json!({"$ref": "#/components/parameters/Limit"}));
    assert_eq!(
        at(&spec, "/components/parameters/Limit"),
        &json!({"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32"}})
    );
    let style = |i: usize| (params[i]["style"].clone(), params[i]["explode"].clone());
    assert_eq!(
        style(1),
        (json!("form"), json!(false)),
        "csv is the default"
    );
    assert_eq!(style(2), (json!("form"), json!(true)), "multi");
    assert_eq!(style(3), (json!("spaceDelimited"), json!(false)), "ssv");
    assert_eq!(style(4), (json!("pipeDelimited"), json!(false)), "pipes");
    assert_eq!(params[5]["x-collectionFormat"], json!("tsv"));
    warning_at(
        &spec,
        "/paths/~1pets/get/parameters/5/collectionFormat",
        "tsv",
    );
    assert_eq!(
        params[1]["schema"],
        json!({"type": "array", "items": {"type": "string"}})
    );
    // Path-level parameters stay at the path level, converted.
    assert_eq!(
        at(&spec, "/paths/~1pets/parameters/0"),
        &json!({"name": "X-Trace", "in": "header", "schema": {"type": "string"}})
    );
}

#[test]
fn swagger2_definitions_and_schemas() {
    let spec = read("swagger2.yaml");
    let pet = at(&spec, "/components/schemas/Pet");
    assert_eq!(pet["discriminator"], json!({"propertyName": "kind"}));
    assert_eq!(
        pet["properties"]["nickname"],
        json!({"type": "string", "nullable": true})
    );
    assert_eq!(
        pet["properties"]["photo"],
        json!({"type": "string", "format": "binary"})
    );
}

#[test]
fn swagger2_security_and_extensions() {
    let spec = read("swagger2.yaml");
    let schemes = at(&spec, "/components/securitySchemes");
    assert_eq!(
        schemes["basicAuth"],
        json!({"type": "http", "scheme": "basic"})
    );
    assert_eq!(
        schemes["key"],
        json!({"type": "apiKey", "name": "X-Key", "in": "header"})
    );
    assert_eq!(
        schemes["implicit"]["flows"],
        json!({"implicit": {"authorizationUrl": "https://auth.example.com/authorize", "scopes": {"read": "read things"}}})
    );
    assert_eq!(
        schemes["password"]["flows"]["password"]["tokenUrl"],
        json!("https://auth.example.com/token")
    );
    assert_eq!(
        schemes["application"]["flows"]["clientCredentials"]["tokenUrl"],
        json!("https://auth.example.com/token")
    );
    assert_eq!(
        schemes["accessCode"]["flows"]["authorizationCode"]["scopes"],
        json!({"write": "write things"})
    );
    assert_eq!(at(&spec, "/x-top"), &json!("kept"));
    assert_eq!(at(&spec, "/paths/~1pets/get/x-op"), &json!("also kept"));
    let components = spec.api.components.as_ref().expect("components");
    assert_eq!(components.security_schemes.len(), 6);
}

#[test]
fn swagger2_pointers_map_back_to_the_source() {
    let spec = read("swagger2.yaml");
    assert_eq!(
        spec.original_pointer("/components/schemas/Pet/properties/name"),
        "/definitions/Pet/properties/name"
    );
    assert_eq!(
        spec.original_pointer("/components/requestBodies/PetBody"),
        "/parameters/PetBody"
    );
    assert_eq!(
        spec.original_pointer("/components/parameters/Limit/schema/format"),
        "/parameters/Limit/format"
    );
    assert_eq!(
        spec.original_pointer("/components/securitySchemes/key"),
        "/securityDefinitions/key"
    );
    assert_eq!(
        spec.original_pointer("/paths/~1pets~1{id}/put/requestBody/content/text~1plain/schema"),
        "/paths/~1pets~1{id}/put/parameters/1/schema"
    );
    assert_eq!(
        spec.original_pointer(
            "/paths/~1pets/get/responses/200/content/application~1xml/schema/items"
        ),
        "/paths/~1pets/get/responses/200/schema/items"
    );
    assert_eq!(
        spec.original_pointer(
            "/paths/~1upload/post/requestBody/content/multipart~1form-data/schema/properties/note"
        ),
        "/paths/~1upload/post/parameters/1"
    );
    assert_eq!(
        where_(spec.locate("/components/schemas/Pet/properties/nickname")),
        ("swagger2.yaml".into(), 174, 9)
    );
    assert_eq!(
        where_(spec.locate("/components/parameters/Limit/schema")),
        ("swagger2.yaml".into(), 47, 5)
    );
}

// ------------------------------------------------------------------ upgrade: 3.1

#[test]
fn openapi31_document_level() {
    let spec = read("openapi31.yaml");
    assert_eq!(spec.version, SpecVersion::OpenApi31);
    assert_eq!(spec.api.openapi, "3.0.3");
    assert!(spec.raw.get("jsonSchemaDialect").is_none());
    assert_eq!(at(&spec, "/info/x-summary"), &json!("a short summary"));
    assert_eq!(
        at(&spec, "/info/license/x-identifier"),
        &json!("Apache-2.0")
    );
    // components/pathItems are inlined where referenced, then removed.
    assert!(spec.raw.pointer("/components/pathItems").is_none());
    assert_eq!(
        at(&spec, "/paths/~1things/get/responses/200/description"),
        &json!("things")
    );
    assert_eq!(
        spec.original_pointer("/paths/~1things/get/responses/200"),
        "/components/pathItems/Things/get/responses/200"
    );
    // Webhooks are kept as an extension, upgraded like paths.
    assert_eq!(
        at(&spec, "/x-webhooks/newThing/post/responses/200/description"),
        &json!("ok")
    );
    assert_eq!(
        spec.original_pointer("/x-webhooks/newThing"),
        "/webhooks/newThing"
    );
    // 3.1 constructs in a 3.1 document are expected: only the lossy tuple conversion warns.
    let pointers: Vec<_> = spec
        .warnings
        .iter()
        .filter_map(|w| w.pointer.as_deref())
        .collect();
    assert_eq!(
        pointers,
        ["/components/schemas/Thing/properties/pair/prefixItems"]
    );

    let hooks = read("openapi31_webhooks_only.yaml");
    assert!(hooks.api.paths.paths.is_empty());
    assert!(hooks.raw.get("x-webhooks").is_some());
}

#[test]
fn openapi31_schemas() {
    let spec = read("openapi31.yaml");
    let props = at(&spec, "/components/schemas/Thing/properties");
    assert_eq!(props["name"], json!({"type": "string", "nullable": true}));
    assert_eq!(
        props["size"],
        json!({"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "maxLength": 3}]})
    );
    assert_eq!(props["kind"], json!({"enum": ["thing"]}));
    assert_eq!(
        props["weight"],
        json!({"type": "number", "exclusiveMinimum": true, "minimum": 0, "exclusiveMaximum": true, "maximum": 100})
    );
    assert_eq!(props["color"], json!({"type": "string", "example": "red"}));
    assert_eq!(
        props["owner"],
        json!({"$ref": "#/components/schemas/Owner", "description": "harmless sibling"})
    );
    assert_eq!(
        props["parent"],
        json!({"readOnly": true, "allOf": [{"$ref": "#/components/schemas/Thing"}]})
    );
    assert_eq!(
        props["pair"],
        json!({"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}})
    );
    assert_eq!(props["data"], json!({"type": "string", "format": "byte"}));
    assert_eq!(props["blob"], json!({"type": "string", "format": "binary"}));
    assert_eq!(props["nothing"], json!({"nullable": true, "enum": [null]}));
    assert_eq!(
        props["maybeOwner"],
        json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/Owner"}]})
    );
    // The typed model agrees.
    let thing = spec
        .api
        .components
        .as_ref()
        .and_then(|c| c.schemas.get("Thing"))
        .expect("Thing");
    let openapiv3::ReferenceOr::Item(thing) = thing else {
        panic!("Thing is inline")
    };
    let openapiv3::SchemaKind::Type(openapiv3::Type::Object(object)) = &thing.schema_kind else {
        panic!("Thing is an object")
    };
    let Some(openapiv3::ReferenceOr::Item(name)) = object.properties.get("name") else {
        panic!("name")
    };
    assert!(name.schema_data.nullable);
}

#[test]
fn openapi31_constructs_in_a_30_document_warn() {
    let mut doc = json!({
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"A": {"type": ["string", "null"], "const": "x"}}}
    });
    let upgraded = upgrade(&mut doc, "api").expect("upgrades");
    assert_eq!(upgraded.version, SpecVersion::OpenApi30);
    assert_eq!(
        doc["components"]["schemas"]["A"],
        json!({"type": "string", "nullable": true, "enum": ["x"]})
    );
    let pointers: Vec<_> = upgraded
        .warnings
        .iter()
        .filter_map(|w| w.pointer.clone())
        .collect();
    assert!(
        pointers.contains(&"/components/schemas/A/type".to_owned()),
        "{pointers:?}"
    );
    assert!(
        pointers.contains(&"/components/schemas/A/const".to_owned()),
        "{pointers:?}"
    );
}

// ------------------------------------------------------------------ upgrade: lenient repairs

#[test]
fn lenient_repairs_warn_with_pointer_and_location() {
    let spec = read("lenient.yaml");
    assert_eq!(spec.api.info.version, "1.0");
    warning_at(&spec, "/info/version", "number");

    let w = warning_at(
        &spec,
        "/paths/~1items~1{id}/get/responses/200",
        "no `description`",
    );
    assert_eq!(where_(w.location.clone()), ("lenient.yaml".into(), 19, 11));
    assert_eq!(
        at(&spec, "/paths/~1items~1{id}/get/responses/200/description"),
        &json!("")
    );

    let w = warning_at(
        &spec,
        "/paths/~1items~1{id}/get/responses/4xx",
        "upper-case",
    );
    assert_eq!(where_(w.location.clone()), ("lenient.yaml".into(), 24, 11));
    assert!(
        spec.raw
            .pointer("/paths/~1items~1{id}/get/responses/4XX")
            .is_some()
    );
    assert!(
        spec.raw
            .pointer("/paths/~1items~1{id}/get/responses/5XX")
            .is_some()
    );

    warning_at(&spec, "/paths/~1items~1{id}/get/description", "`$ref`");
    assert!(
        spec.raw
            .pointer("/paths/~1items~1{id}/get/description")
            .is_none()
    );

    warning_at(
        &spec,
        "/paths/~1items~1{id}/get/parameters/0",
        "required: true",
    );
    assert_eq!(
        at(&spec, "/paths/~1items~1{id}/get/parameters/0/required"),
        &json!(true)
    );
    warning_at(
        &spec,
        "/paths/~1items~1{id}/get/parameters/1",
        "under `schema`",
    );
    assert_eq!(
        at(&spec, "/paths/~1items~1{id}/get/parameters/1/schema"),
        &json!({"type": "string"})
    );

    let item = "/components/schemas/Item/properties";
    warning_at(&spec, &format!("{item}/state/enum"), "duplicates removed");
    assert_eq!(
        at(&spec, &format!("{item}/state/enum")),
        &json!(["on", "off"])
    );
    warning_at(&spec, &format!("{item}/count/default"), "does not match");
    assert_eq!(
        at(&spec, &format!("{item}/count/default")),
        &json!("many"),
        "kept"
    );
    let w = warning_at(&spec, &format!("{item}/odd/type"), "unknown type datetime");
    assert_eq!(where_(w.location.clone()), ("lenient.yaml".into(), 39, 17));
    warning_at(
        &spec,
        &format!("{item}/low/exclusiveMinimum"),
        "without `minimum`",
    );
    warning_at(
        &spec,
        &format!("{item}/flag/required"),
        "moved to the object's `required` list",
    );
    assert_eq!(
        at(&spec, "/components/schemas/Item/required"),
        &json!(["flag"])
    );
    assert!(
        spec.warnings
            .iter()
            .all(|w| !w.is_error() && w.location.is_some())
    );
}

#[test]
fn parse_errors_have_pointer_location_and_hint() {
    let e = error("parse_error.yaml");
    assert!(e.is_error());
    assert_eq!(e.pointer.as_deref(), Some("/info/contact/name"));
    assert_eq!(
        where_(e.location.clone()),
        ("parse_error.yaml".into(), 6, 11)
    );
    assert!(e.hint.is_some());
    assert!(e.message.contains("OpenAPI 3.0"), "{e}");
}

#[test]
fn upgrade_rejects_only_non_api_documents() {
    for doc in [json!(null), json!("text"), json!([1]), json!({"name": "x"})] {
        let mut doc = doc;
        let e = upgrade(&mut doc, "api").expect_err("not an API description");
        assert!(e.is_error() && e.hint.is_some(), "{e}");
    }
    // An almost empty description is repaired, not rejected.
    let mut doc = json!({"openapi": "3.0.0", "info": {}});
    let upgraded = upgrade(&mut doc, "api").expect("repaired");
    assert!(upgraded.warnings.len() >= 3, "{:?}", upgraded.warnings);
    assert!(serde_json::from_value::<openapiv3::OpenAPI>(doc).is_ok());
}

#[test]
fn odd_values_are_repaired_not_panicked_on() {
    let mut doc = json!({
        "openapi": "3.0.0",
        "info": {"title": ["x"], "version": 2, "license": "MIT"},
        "servers": [{"url": "https://x", "variables": {"v": {"enum": [1, 2]}}}],
        "tags": [{"name": "a"}, {"description": "no name"}],
        "paths": {
            "/a/{x}": {
                "get": {
                    "tags": ["t", 5],
                    "parameters": [
                        {"in": "path", "name": "x", "schema": true, "style": "bogus"},
                        {"in": "body", "name": "b", "schema": {}},
                        "not a parameter"
                    ],
                    "requestBody": {"description": 7},
                    "responses": {
                        "200": {"description": "x", "headers": {"H": {"type": "string"}},
                            "content": {"a/b": {"schema": {
                                "type": ["null"], "items": [1, 2], "properties": 5, "allOf": {},
                                "minLength": -1, "maxLength": 2.0, "required": "yes",
                                "discriminator": {"mapping": {}}, "additionalProperties": "no",
                                "enum": "x", "uniqueItems": "true", "multipleOf": "2"
                            }}}},
                        "bogus": {"description": "x"},
                        "default": "nope"
                    }
                },
                "post": 5
            },
            "/b": {"$ref": "#/nowhere"}
        },
        "components": {
            "schemas": {"A": false, "B": 3, "C": {"$ref": 5}},
            "securitySchemes": {"m": {"type": "mutualTLS"}, "o": {"type": "oauth2", "flows": {"implicit": {}}}},
            "parameters": {"P": {"in": "formData", "name": "p"}}
        }
    });
    let upgraded = upgrade(&mut doc, "api").expect("repaired");
    assert!(upgraded.warnings.len() > 20, "{:#?}", upgraded.warnings);
    assert!(upgraded.warnings.iter().all(|w| w.pointer.is_some()));
    if let Err(e) = serde_json::from_value::<openapiv3::OpenAPI>(doc.clone()) {
        panic!("still rejected: {e}\n{doc:#}");
    }
}

#[test]
fn index_file_components_keep_their_names() {
    let doc = load(&fixture("index_file/openapi.yaml")).expect("loads");
    let schemas = &doc.root["components"]["schemas"];
    let names: Vec<&String> = schemas.as_object().expect("schemas").keys().collect();
    assert_eq!(names, ["Error", "Pet"], "no `Error2`/`Pet2` copies");
    assert_eq!(
        schemas["Error"]["type"], "object",
        "the target took the slot"
    );
    assert_eq!(
        schemas["Pet"]["properties"]["error"]["$ref"],
        "#/components/schemas/Error"
    );
    assert_eq!(
        doc.root["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            ["$ref"],
        "#/components/schemas/Pet",
        "a ref met before the index entry points to the slot too"
    );
    let location = doc
        .locate("/components/schemas/Pet/properties/name")
        .expect("located");
    assert!(location.file.ends_with("pets.yaml"), "{location:?}");
}
