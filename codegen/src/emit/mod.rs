//! Stage 5, emit: model → files. Rust code is built with `quote` and formatted with
//! `prettyplease`; `Cargo.toml` and the README come from `askama` templates.

mod builders;
mod client;
mod docs;
mod env;
mod errors;
mod markdown;
mod readme;
mod starter;
mod types;

use askama::Template;
use proc_macro2::TokenStream;
use toml_writer::ToTomlValue;

use crate::diag::Diagnostic;
use crate::model::Api;

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

// A cloudsdk-runtime older than this code needs stops the build here, with a message saying so.
cloudsdk_runtime::require_contract!(CONTRACT);

#[rustfmt::skip]
pub mod builders;
#[rustfmt::skip]
mod client;
#[rustfmt::skip]
pub mod types;

pub use client::{Client, Error, ItemStream};
/// The runtime the client is built on, for what is not re-exported by name (`Client::raw()`).
pub use cloudsdk_runtime as runtime;
// What callers name besides: the client's builder and options, responses, streams, policies,
// the error's parts, the authentication types and the crates of field and body types (dates,
// UUIDs, multipart forms), so this crate is the only one they need.
pub use cloudsdk_runtime::{
    ApiError, ByteStream, Bytes, CallOptions, ClientBuilder, ErrorBody, ReconnectPolicy,
    ResponseParts, ResponseValue, RetryPolicy, StatusCode, StreamExt, TransportError, TryStreamExt,
    WebSocketError, WebSocketSender, WebSocketStream, auth, chrono, multipart, uuid,
};
"#;

/// The version of the runtime contract (`cloudsdk_runtime::CONTRACT`) that generated code
/// needs; raise it, with [`RUNTIME_REQUIREMENT`], when the emitter starts using a runtime item
/// that earlier runtimes lack. `tests/tests/contract_version.rs` checks both against the runtime.
pub const RUNTIME_CONTRACT: u32 = 1;

/// The `cloudsdk-runtime` version requirement of a crate generated outside this workspace: the
/// first runtime release providing [`RUNTIME_CONTRACT`], up to its next breaking release.
pub const RUNTIME_REQUIREMENT: &str = "0.1";

/// `src/lib.rs`, for the contract the emitter uses.
fn lib_rs() -> String {
    LIB_RS.replace(
        "require_contract!(CONTRACT)",
        &format!("require_contract!({RUNTIME_CONTRACT})"),
    )
}

/// Formats a token stream as a Rust file.
fn format(tokens: TokenStream, what: &str) -> Result<String, Diagnostic> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| {
        Diagnostic::error(format!(
            "internal error: generated {what} does not parse: {e}"
        ))
        .hint("this is a bug in the generator; please report it with the spec")
    })?;
    Ok(prettyplease::unparse(&file))
}

/// Emits every file of the crate for `api`, sorted by path.
pub fn emit(api: &Api, deps: &Dependencies) -> Result<Vec<File>, Diagnostic> {
    check_crate_name(&api.crate_name)?;
    let lib = api.crate_name.replace('-', "_");
    let mut files = rust_files(api)?;
    files.push(File {
        path: "Cargo.toml".into(),
        contents: cargo_toml(api, deps)?,
    });
    files.push(File {
        path: "examples/quickstart.rs".into(),
        contents: readme::quickstart(api, &lib),
    });
    files.push(File {
        path: "src/lib.rs".into(),
        contents: lib_rs(),
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

/// `src/types.rs`, `src/builders.rs` and `src/client.rs`.
fn rust_files(api: &Api) -> Result<Vec<File>, Diagnostic> {
    let mut types_tokens = types::types_file(&api.types);
    types_tokens.extend(types::success_enums(api));
    Ok(vec![
        File {
            path: "src/types.rs".into(),
            contents: format(types_tokens, "types.rs")?,
        },
        File {
            path: "src/builders.rs".into(),
            contents: format(builders::builders_file(api), "builders.rs")?,
        },
        File {
            path: "src/client.rs".into(),
            contents: format(client::client_file(api), "client.rs")?,
        },
    ])
}

fn cargo_toml(api: &Api, deps: &Dependencies) -> Result<String, Diagnostic> {
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
        example: toml_string(&format!("{}-quickstart", api.crate_name)),
        description: toml_string(&description),
        workspace,
        standalone,
        runtime: runtime_dependency(&runtime),
        rust_version: toml_string(RUST_VERSION),
        documentation: toml_string(&format!("https://docs.rs/{}", api.crate_name)),
        keywords: toml_array(&api.package.keywords()),
        categories: toml_array(&api.package.categories()),
    })
}

/// `{ version = "0.1", default-features = false }`, with `path` or `git` when given.
fn runtime_dependency(source: &RuntimeSource) -> String {
    let at = match source {
        RuntimeSource::Registry => String::new(),
        RuntimeSource::Path(path) => format!("path = {}, ", toml_string(path)),
        RuntimeSource::Git(url) => format!("git = {}, ", toml_string(url)),
    };
    format!(
        "{{ {at}version = {}, default-features = false }}",
        toml_string(RUNTIME_REQUIREMENT)
    )
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
