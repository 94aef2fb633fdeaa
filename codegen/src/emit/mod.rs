//! Stage 5, emit: model → files. Rust code is built with `quote` and formatted with
//! `prettyplease`, in pieces on every CPU (`format.rs`); `Cargo.toml` and the README come from
//! `askama` templates.

mod builders;
mod changelog;
mod client;
mod docs;
mod env;
mod errors;
mod format;
mod gates;
mod markdown;
mod mock;
mod readme;
mod readme_body;
mod starter;
mod text;
mod text_builders;
#[cfg(test)]
mod text_builders_tests;
#[cfg(test)]
mod text_tests;
mod types;

use askama::Template;
use toml_writer::ToTomlValue;

use crate::diag::Diagnostic;
use crate::model::Api;
use gates::Gates;

pub use changelog::changelog;
pub use docs::sanitize as sanitize_doc;

/// Where the generated crate finds the project's runtime.
#[derive(Debug, Clone)]
pub enum Dependencies {
    /// A member of this project's workspace: `workspace = true` dependencies.
    Workspace,
    /// A standalone crate with its own `[workspace]` table, its runtime a version requirement
    /// ([`RUNTIME_REQUIREMENT`]), from the registry or as `runtime` says.
    Standalone {
        /// Where the runtime comes from.
        runtime: RuntimeSource,
    },
    /// A member of some other workspace (such as the corpus check's scratch workspace): path
    /// dependencies and no `[workspace]` table.
    Member {
        /// Path of the `runtime/` crate.
        runtime_path: String,
    },
}

/// Where a standalone crate's `cloudsdk-runtime` comes from; the version requirement is there
/// in every case, so the crate can be published as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeSource {
    /// The registry (crates.io or a `[patch]` / source replacement of it).
    Registry,
    /// A local checkout: the `runtime/` crate's path, as written into Cargo.toml (relative to
    /// the generated crate, or absolute).
    Path(String),
    /// A git repository holding the runtime (Cargo finds the package in it).
    Git(String),
}

/// One emitted file: a path relative to the crate root and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// Relative path, `/`-separated.
    pub path: String,
    /// Contents.
    pub contents: String,
}

/// `Cargo.toml`'s values: each string a complete TOML string ([`toml_string`], quotes
/// included), since askama's own escaping (off here) knows HTML, not TOML.
#[derive(Template)]
#[template(path = "Cargo.toml.txt", escape = "none")]
struct CargoToml {
    name: String,
    version: String,
    example: String,
    description: String,
    workspace: bool,
    standalone: bool,
    /// The runtime dependency's value (an inline table) outside the workspace.
    runtime: String,
    rust_version: String,
    documentation: String,
    keywords: String,
    categories: String,
    /// `full`'s list: the tag features, as TOML strings joined by `, `.
    full: String,
    /// (feature, what it enables) for each tag's feature and each runtime feature only some
    /// tags need; names are Cargo feature names the model made (`[a-z0-9-]`), so they stand as
    /// bare keys.
    tag_features: Vec<(String, String)>,
    /// The runtime features the crate always needs, as the list's TOML strings.
    runtime_features: String,
    /// The features the quickstart example's call needs, as the list's TOML strings.
    example_features: String,
    /// The optional `cloudsdk-mock` dependency's value outside the workspace.
    mock: String,
}

/// The oldest Rust a crate generated outside the workspace declares (edition 2024 needs 1.85;
/// inside, it is the workspace's `rust-version`).
const RUST_VERSION: &str = "1.85";

/// The crate root, written as rustfmt would format it so that `cargo fmt --check` passes on the
/// workspace; the modules it declares are skipped by rustfmt (prettyplease formats them).
const LIB_RS: &str = r#"#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Prose from API descriptions is sanitised, but not every description can be made perfect
// Markdown; these lints must not fail a build over a description.
#![allow(
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags,
    rustdoc::invalid_rust_codeblocks,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::tabs_in_doc_comments,
    clippy::empty_docs,
    clippy::doc_nested_refdefs
)]
// String enums derive `Ord` and write `PartialOrd` as `Some(Ord::cmp(..))`, which checks faster
// than deriving both; allowed here once, as an attribute on each enum costs more than it saves.
#![allow(clippy::derive_ord_xor_partial_ord)]

// A cloudsdk-runtime older than this code needs stops the build here, with a message saying so.
cloudsdk_runtime::require_contract!(CONTRACT);

#[rustfmt::skip]
pub mod builders;
#[rustfmt::skip]
mod client;
#[cfg(feature = "mock")]
#[rustfmt::skip]
pub mod mock;
#[rustfmt::skip]
pub mod types;

pub use client::{Client, Error, ItemStream};
/// The runtime the client is built on, for what is not re-exported by name (`Client::raw()`).
pub use cloudsdk_runtime as runtime;
// What callers name besides: the client's builder and options, responses, streams, policies,
// the error's parts, the authentication types and the crates of field and body types (dates,
// UUIDs and multipart forms when the crate has them), so this crate is the only one they need.
pub use cloudsdk_runtime::{
    ApiError, ByteStream, Bytes, CallOptions, ClientBuilder, ErrorBody, ReconnectPolicy,
    ResponseParts, ResponseValue, RetryPolicy, StatusCode, StreamExt, TransportError, TryStreamExt,
    WebSocketError, auth, chrono,
};
"#;

/// The version of the runtime contract (`cloudsdk_runtime::CONTRACT`) that generated code
/// needs; raise it, with [`RUNTIME_REQUIREMENT`], when the emitter starts using a runtime item
/// that earlier runtimes lack. `tests/tests/contract_version.rs` checks both against the runtime.
pub const RUNTIME_CONTRACT: u32 = 1;

/// The `cloudsdk-runtime` version requirement of a crate generated outside this workspace: the
/// first runtime release providing [`RUNTIME_CONTRACT`], up to its next breaking release.
pub const RUNTIME_REQUIREMENT: &str = "0.1";

/// `lib.rs`: [`LIB_RS`] with the contract the emitter uses, and the re-exports of the
/// runtime's optional parts the crate uses, gated by the crate's feature of the same name when
/// only some tags need them.
fn lib_rs(api: &Api) -> String {
    let mut out = LIB_RS.replace(
        "require_contract!(CONTRACT)",
        &format!("require_contract!({RUNTIME_CONTRACT})"),
    );
    for r in &api.runtime_features {
        let items = match r.part.reexports() {
            [] => continue,
            // In the list above (always on: no feature gates it), where rustfmt keeps it.
            ["uuid"] => {
                out = out.replace("auth, chrono,\n};", "auth, chrono, uuid,\n};");
                continue;
            }
            [one] => (*one).to_owned(),
            several => format!("{{{}}}", several.join(", ")),
        };
        if !r.features.is_empty() {
            out.push_str(&format!("#[cfg(feature = \"{}\")]\n", r.part.as_str()));
        }
        out.push_str(&format!("pub use cloudsdk_runtime::{items};\n"));
    }
    out
}

/// Emits every file of the crate for `api` at the first version, sorted by path.
pub fn emit(api: &Api, deps: &Dependencies) -> Result<Vec<File>, Diagnostic> {
    emit_version(api, deps, crate::summary::FIRST_VERSION)
}

/// Emits every file of the crate for `api` at crate version `version`, sorted by path.
pub fn emit_version(
    api: &Api,
    deps: &Dependencies,
    version: &str,
) -> Result<Vec<File>, Diagnostic> {
    check_crate_name(&api.crate_name)?;
    let lib = api.crate_name.replace('-', "_");
    let mut files = rust_files(api)?;
    files.push(File {
        path: "Cargo.toml".into(),
        contents: cargo_toml(api, deps, version)?,
    });
    files.push(File {
        path: "examples/quickstart.rs".into(),
        contents: readme::quickstart(api, &lib),
    });
    files.push(File {
        path: "src/lib.rs".into(),
        contents: lib_rs(api),
    });
    let lines = |path: &str| {
        files
            .iter()
            .find(|f| f.path == path)
            .map_or(0, |f| f.contents.lines().count())
    };
    let sizes = readme::Sizes {
        operation_lines: lines("src/builders.rs") + lines("src/client.rs"),
        type_lines: lines("src/types.rs"),
    };
    files.push(File {
        path: "README.md".into(),
        contents: readme::readme(api, &lib, sizes)?,
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// `src/types.rs`, `src/builders.rs`, `src/client.rs` and `src/mock.rs`.
fn rust_files(api: &Api) -> Result<Vec<File>, Diagnostic> {
    let mut types: Vec<format::Build<'_>> = api
        .types
        .chunks(format::PIECE)
        .map(|defs| Box::new(move || types::types_file(defs)) as format::Build<'_>)
        .collect();
    if types.is_empty() {
        types.push(Box::new(|| types::types_file(&[])));
    }
    types.push(Box::new(|| types::success_enums(api).into()));
    let mut builders: Vec<format::Build<'_>> = vec![Box::new(|| builders::builders_head(api))];
    builders.extend(
        api.operations
            .chunks(format::PIECE)
            .map(|ops| Box::new(move || builders::builders(ops, api)) as format::Build<'_>),
    );
    format::print(vec![
        format::RustFile {
            path: "src/types.rs",
            gates: Gates::types(api),
            pieces: types,
        },
        format::RustFile {
            path: "src/builders.rs",
            gates: Gates::builders(api),
            pieces: builders,
        },
        format::RustFile {
            path: "src/client.rs",
            // Gated where it is printed (`gates::cfg`).
            gates: Gates::none(),
            pieces: vec![Box::new(|| client::client_file(api).into())],
        },
        format::RustFile {
            path: "src/mock.rs",
            gates: Gates::none(),
            pieces: vec![Box::new(|| mock::mock_file(api).into())],
        },
    ])
}

fn cargo_toml(api: &Api, deps: &Dependencies, version: &str) -> Result<String, Diagnostic> {
    let (workspace, standalone, runtime) = match deps {
        Dependencies::Workspace => (true, false, RuntimeSource::Registry),
        Dependencies::Standalone { runtime } => (false, true, runtime.clone()),
        Dependencies::Member { runtime_path } => {
            (false, false, RuntimeSource::Path(runtime_path.clone()))
        }
    };
    let description = match &api.package.description {
        Some(description) => description.clone(),
        None => format!(
            "Typed Rust client for the {}, generated from its OpenAPI description.",
            api_name(&api.title)
        ),
    };
    render(&CargoToml {
        name: toml_string(&api.crate_name),
        version: toml_string(version),
        example: toml_string(&format!("{}-quickstart", api.crate_name)),
        description: toml_string(&description),
        workspace,
        standalone,
        runtime: runtime_dependency(&runtime, &always_on(api)),
        rust_version: toml_string(RUST_VERSION),
        documentation: toml_string(&format!("https://docs.rs/{}", api.crate_name)),
        keywords: toml_array(&api.package.keywords()),
        categories: toml_array(&api.package.categories()),
        full: toml_list(api.groups.iter().filter_map(|g| g.feature.as_deref())),
        tag_features: api
            .groups
            .iter()
            .filter_map(|g| {
                let feature = g.feature.clone()?;
                let enables = api
                    .runtime_features
                    .iter()
                    .filter(|r| r.features.contains(&feature))
                    .map(|r| r.part.as_str());
                let enables = toml_list(enables);
                Some((feature, enables))
            })
            .chain(gated_runtime(api))
            .collect(),
        runtime_features: toml_list(always_on(api).iter().map(String::as_str)),
        example_features: match api.example.and_then(|i| api.operations.get(i)) {
            Some(op) => toml_list(
                gates::operation_features(api, op)
                    .iter()
                    .map(String::as_str),
            ),
            None => String::new(),
        },
        mock: mock_dependency(&runtime),
    })
}

/// The crate's own feature for each runtime feature only some tags need (`websocket =
/// ["cloudsdk-runtime/websocket"]`), which those tags' features turn on, and `lib.rs` gates
/// its re-exports by.
fn gated_runtime(api: &Api) -> impl Iterator<Item = (String, String)> + '_ {
    api.runtime_features
        .iter()
        .filter(|r| !r.features.is_empty())
        .map(|r| {
            let enables = format!("cloudsdk-runtime/{}", r.part.as_str());
            (r.part.as_str().to_owned(), toml_string(&enables))
        })
}

/// TOML strings joined by `, `: the inside of an array.
fn toml_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.map(toml_string).collect::<Vec<_>>().join(", ")
}

/// The runtime features the crate always needs (not only some tags).
fn always_on(api: &Api) -> Vec<String> {
    api.runtime_features
        .iter()
        .filter(|r| r.features.is_empty())
        .map(|r| r.part.as_str().to_owned())
        .collect()
}

/// `{ version = "0.1", default-features = false }`, with `path` or `git` when given and the
/// runtime features the crate always needs.
fn runtime_dependency(source: &RuntimeSource, features: &[String]) -> String {
    let features = match features {
        [] => String::new(),
        some => format!(", features = {}", toml_array(some)),
    };
    format!(
        "{{ {}version = {}, default-features = false{features} }}",
        located(source, "runtime"),
        toml_string(RUNTIME_REQUIREMENT)
    )
}

/// The optional `cloudsdk-mock` dependency, from where the runtime comes (the crates are
/// released together, at the same version).
fn mock_dependency(source: &RuntimeSource) -> String {
    format!(
        "{{ {}version = {}, optional = true }}",
        located(source, "mock"),
        toml_string(RUNTIME_REQUIREMENT)
    )
}

/// `path = "…", ` or `git = "…", ` for one of the project's crates (`runtime`, `mock`): a
/// path names the runtime's folder, and the project's crates sit side by side.
fn located(source: &RuntimeSource, name: &str) -> String {
    match source {
        RuntimeSource::Registry => String::new(),
        RuntimeSource::Path(path) if name == "runtime" => format!("path = {}, ", toml_string(path)),
        RuntimeSource::Path(path) => format!("path = {}, ", toml_string(&sibling(path, name))),
        RuntimeSource::Git(url) => format!("git = {}, ", toml_string(url)),
    }
}

/// `dir/runtime` → `dir/mock`.
fn sibling(path: &str, name: &str) -> String {
    match path.trim_end_matches('/').rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{name}"),
        None => name.to_owned(),
    }
}

/// A TOML array of basic strings.
fn toml_array(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| toml_string(s)).collect();
    format!("[{}]", items.join(", "))
}

/// The crate name goes into `Cargo.toml`, paths in the examples and environment variable names
/// (`<CRATE>_BASE_URL`): it must be a package name Cargo takes, and is refused otherwise.
fn check_crate_name(name: &str) -> Result<(), Diagnostic> {
    crate::model::package::check_name(name)
        .map_err(|why| Diagnostic::error(format!("the crate name {why}")))
}

/// "Camunda Management API" stays as is; "Petstore" becomes "Petstore API".
pub(crate) fn api_name(title: &str) -> String {
    let title = title.trim();
    if title.to_ascii_lowercase().ends_with("api") {
        title.to_owned()
    } else {
        format!("{title} API")
    }
}

fn render(t: &impl Template) -> Result<String, Diagnostic> {
    t.render()
        .map_err(|e| Diagnostic::error(format!("internal error: template failed: {e}")))
}

/// A TOML basic string holding `s` exactly: quotes, backslashes, line breaks and other control
/// characters escaped as TOML says.
fn toml_string(s: &str) -> String {
    toml_writer::TomlStringBuilder::new(s)
        .as_basic()
        .to_toml_value()
}
