//! The generated crate as a package: its name and metadata from the spec's `info.x-rust-crate`
//! or the caller's settings (a config file beside the spec, `--name`), each refused with its
//! place when Cargo or crates.io would refuse it, and its runtime dependency a version
//! requirement outside the workspace, with a path or git source when asked, escaped as TOML.

use std::path::Path;

use cloudsdk_codegen::diag::Diagnostic;
use cloudsdk_codegen::emit::{Dependencies, RUNTIME_REQUIREMENT, RuntimeSource};
use cloudsdk_codegen::model::package::Package;
use cloudsdk_codegen::{Generated, Options, generate_str};

/// A small spec; `extension` is the YAML of `info.x-rust-crate`'s value, indented by four.
fn spec(extension: &str) -> String {
    let extension = if extension.is_empty() {
        String::new()
    } else {
        format!("  x-rust-crate:\n{extension}")
    };
    format!(
        "openapi: 3.0.3\ninfo:\n  title: Things\n  version: '1'\n{extension}servers:\n  \
         - url: https://api.example.com\npaths:\n  /things:\n    get:\n      operationId: \
         listThings\n      responses:\n        '200':\n          description: ok\n"
    )
}

fn run(extension: &str, options: &Options) -> Result<Generated, Diagnostic> {
    generate_str(Path::new("things.yaml"), &spec(extension), false, options)
}

fn workspace() -> Options {
    Options::new("things", Dependencies::Workspace)
}

fn file<'a>(g: &'a Generated, path: &str) -> &'a str {
    let found = g.files.iter().find(|f| f.path == path);
    &found.unwrap_or_else(|| panic!("no {path}")).contents
}

fn manifest(g: &Generated) -> toml::Table {
    file(g, "Cargo.toml").parse().expect("Cargo.toml is TOML")
}

fn strings(value: &toml::Value) -> Vec<&str> {
    let items = value.as_array().expect("an array");
    items
        .iter()
        .map(|v| v.as_str().expect("a string"))
        .collect()
}

#[test]
fn without_settings_the_name_is_the_callers_and_the_metadata_standard() {
    let g = run("", &workspace()).expect("generates");
    let manifest = manifest(&g);
    let package = manifest["package"].as_table().expect("[package]");
    assert_eq!(package["name"].as_str(), Some("things"));
    assert_eq!(
        package["description"].as_str(),
        Some("Typed Rust client for the Things API, generated from its OpenAPI description.")
    );
    assert_eq!(
        strings(&package["keywords"]),
        ["api", "client", "openapi", "rest", "sdk"]
    );
    assert_eq!(
        strings(&package["categories"]),
        ["api-bindings", "web-programming::http-client"]
    );
    assert_eq!(package["readme"].as_str(), Some("README.md"));
    assert_eq!(
        package["documentation"].as_str(),
        Some("https://docs.rs/things")
    );
    assert!(package.get("publish").is_none(), "publishable");
    let inherited = |key: &str| package[key].as_table().map(|t| t["workspace"].as_bool());
    assert_eq!(inherited("rust-version"), Some(Some(true)));
    // No repository until the project has a public one: crates.io does not require it.
    assert!(package.get("repository").is_none());
}

#[test]
fn the_spec_names_the_crate_and_everything_made_from_the_name_follows() {
    let extension = "    name: things-api\n    description: \"Things, \\\"quoted\\\"\\n[workspace]\"\n    \
                     keywords: [things, c++]\n    categories: [api-bindings]\n";
    let g = run(extension, &workspace()).expect("generates");
    let manifest = manifest(&g);
    let package = manifest["package"].as_table().expect("[package]");
    assert_eq!(package["name"].as_str(), Some("things-api"));
    // Escaped, so the description is one string and no table was opened.
    assert_eq!(
        package["description"].as_str(),
        Some("Things, \"quoted\"\n[workspace]")
    );
    assert!(manifest.get("workspace").is_none());
    assert_eq!(strings(&package["keywords"]), ["things", "c++"]);
    assert_eq!(strings(&package["categories"]), ["api-bindings"]);
    assert_eq!(
        manifest["example"][0]["name"].as_str(),
        Some("things-api-quickstart")
    );
    let quickstart = file(&g, "examples/quickstart.rs");
    assert!(
        quickstart.contains("things_api::Client::builder()"),
        "{quickstart}"
    );
    assert!(quickstart.contains("THINGS_API_BASE_URL"), "{quickstart}");
}

#[test]
fn the_callers_settings_win_over_the_spec() {
    let mut options = workspace();
    options.package = Package {
        name: Some("mine".into()),
        keywords: Some(vec!["mine".into()]),
        ..Package::default()
    };
    let g = run("    name: things-api\n    keywords: [things]\n", &options).expect("generates");
    let manifest = manifest(&g);
    assert_eq!(manifest["package"]["name"].as_str(), Some("mine"));
    assert_eq!(strings(&manifest["package"]["keywords"]), ["mine"]);
}

#[test]
fn a_refused_setting_in_the_spec_is_an_error_at_its_place() {
    let cases = [
        (
            "    name: 9lives\n",
            "/info/x-rust-crate/name",
            "x-rust-crate: name: `9lives` is not a Cargo package name (ASCII letters, digits, `-` \
             and `_`, starting with a letter)",
        ),
        (
            "    name: \"evil\\\"\\n[workspace]\"\n",
            "/info/x-rust-crate/name",
            "x-rust-crate: name: `evil\\\"\\n[workspace]` is not a Cargo package name (ASCII \
             letters, digits, `-` and `_`, starting with a letter)",
        ),
        (
            "    name: async\n",
            "/info/x-rust-crate/name",
            "x-rust-crate: name: `async` is reserved (a Rust keyword or a standard crate's name)",
        ),
        (
            "    keywords: [fine, way-too-long-for-crates-io]\n",
            "/info/x-rust-crate/keywords/1",
            "x-rust-crate: keywords[1]: `way-too-long-for-crates-io` is not a crates.io keyword \
             (ASCII letters, digits, `_`, `-`, `+`, starting with a letter, at most 20 \
             characters)",
        ),
        (
            "    categories: [a, b, c, d, e, f]\n",
            "/info/x-rust-crate/categories",
            "x-rust-crate: categories: 6 given, crates.io takes at most 5",
        ),
        (
            "    categories: [\"Web Programming\"]\n",
            "/info/x-rust-crate/categories/0",
            "x-rust-crate: categories[0]: `Web Programming` is not a crates.io category slug \
             (like `web-programming::http-client`)",
        ),
        (
            "    version: 2.0.0\n",
            "/info/x-rust-crate/version",
            "x-rust-crate: unknown key `version` (name, description, keywords, categories)",
        ),
        (
            "    name: [a]\n",
            "/info/x-rust-crate/name",
            "x-rust-crate: name: must be a string",
        ),
    ];
    for (extension, pointer, message) in cases {
        let e = run(extension, &workspace()).expect_err(extension);
        assert_eq!(e.message, message, "{extension}");
        assert_eq!(e.pointer.as_deref(), Some(pointer), "{extension}");
        let location = e.location.as_ref().expect("located");
        assert_eq!(location.line, 6, "{extension}: {location}");
    }
    let e = generate_str(
        Path::new("things.yaml"),
        &spec("").replace("  version: '1'\n", "  version: '1'\n  x-rust-crate: civo\n"),
        false,
        &workspace(),
    )
    .expect_err("not an object");
    assert_eq!(e.pointer.as_deref(), Some("/info/x-rust-crate"));
}

#[test]
fn a_refused_caller_setting_is_an_error_naming_it() {
    let mut options = workspace();
    options.package.name = Some("no spaces".into());
    let e = run("", &options).expect_err("refused");
    assert_eq!(
        e.message,
        "package setting name: `no spaces` is not a Cargo package name (ASCII letters, digits, \
         `-` and `_`, starting with a letter)"
    );
}

/// The `cloudsdk-runtime` dependency table of a standalone crate.
fn runtime_dependency(runtime: RuntimeSource) -> toml::Table {
    let options = Options::new("things", Dependencies::Standalone { runtime });
    let g = run("", &options).expect("generates");
    let manifest = manifest(&g);
    assert!(manifest.contains_key("workspace"), "its own workspace");
    let package = manifest["package"].as_table().expect("[package]");
    assert_eq!(package["rust-version"].as_str(), Some("1.85"));
    assert!(package.get("repository").is_none());
    manifest["dependencies"]["cloudsdk-runtime"]
        .as_table()
        .expect("an inline table")
        .clone()
}

#[test]
fn outside_the_workspace_the_runtime_is_a_version_requirement() {
    let registry = runtime_dependency(RuntimeSource::Registry);
    assert_eq!(registry["version"].as_str(), Some(RUNTIME_REQUIREMENT));
    assert_eq!(registry["default-features"].as_bool(), Some(false));
    assert_eq!(registry.len(), 2, "{registry:?}");

    let path = r#"/checkouts/a "quoted" \ path/runtime"#;
    let local = runtime_dependency(RuntimeSource::Path(path.into()));
    assert_eq!(local["path"].as_str(), Some(path));
    assert_eq!(local["version"].as_str(), Some(RUNTIME_REQUIREMENT));

    let url = "https://example.com/cloudsdk.git\"\n[workspace]";
    let git = runtime_dependency(RuntimeSource::Git(url.into()));
    assert_eq!(git["git"].as_str(), Some(url));
    assert_eq!(git["version"].as_str(), Some(RUNTIME_REQUIREMENT));
}
