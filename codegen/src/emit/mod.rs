//! Stage 5, emit: model → files. Rust code is built with `quote` and formatted with
//! `prettyplease`; `Cargo.toml` and the README come from `askama` templates.

mod docs;
mod ops;
mod types;

use askama::Template;
use proc_macro2::TokenStream;

use crate::diag::Diagnostic;
use crate::model::{Api, AuthKind, Operation, Success, TypeRef};

pub use docs::sanitize as sanitize_doc;

/// Where the generated crate finds the project's runtime.
#[derive(Debug, Clone)]
pub enum Dependencies {
    /// A member of this project's workspace: `workspace = true` dependencies.
    Workspace,
    /// A standalone crate with its own `[workspace]` table; the runtime at this path (as written
    /// into Cargo.toml, relative to the crate or absolute).
    Standalone {
        /// Path of the `runtime/` crate.
        runtime_path: String,
    },
    /// A member of some other workspace (such as the corpus check's scratch workspace): path
    /// dependencies and no `[workspace]` table.
    Member {
        /// Path of the `runtime/` crate.
        runtime_path: String,
    },
}

/// One emitted file: a path relative to the crate root and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// Relative path, `/`-separated.
    pub path: String,
    /// Contents.
    pub contents: String,
}

#[derive(Template)]
#[template(path = "Cargo.toml.txt", escape = "none")]
struct CargoToml<'a> {
    name: &'a str,
    description: String,
    workspace: bool,
    standalone: bool,
    runtime_path: &'a str,
}

#[derive(Template)]
#[template(path = "README.md.txt", escape = "none")]
struct Readme<'a> {
    name: &'a str,
    title: &'a str,
    version: &'a str,
    description: String,
    base_url: Option<&'a str>,
    auth_lines: Vec<String>,
    example: String,
    operations: usize,
    types: usize,
    operation_lines: usize,
    per_operation: usize,
    type_lines: usize,
    groups: Vec<(String, String, usize)>,
    /// (call, what it yields) for every operation read as a stream.
    streams: Vec<(String, String)>,
    /// A compiled example reading one of them.
    stream_example: Option<String>,
}

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

#[rustfmt::skip]
pub mod builders;
#[rustfmt::skip]
mod client;
#[rustfmt::skip]
pub mod types;

pub use client::Client;
pub use cloudsdk_runtime::{ReconnectPolicy, RetryPolicy, StreamExt, auth};

/// Errors of this client; `E` is the operation's documented error body.
pub type Error<E = serde_json::Value> = cloudsdk_runtime::Error<E>;
"#;

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

/// Emits every file of the crate for `api`.
pub fn emit(api: &Api, deps: &Dependencies) -> Result<Vec<File>, Diagnostic> {
    let lib = api.crate_name.replace('-', "_");
    let mut files = Vec::new();
    let (workspace, standalone, runtime_path) = match deps {
        Dependencies::Workspace => (true, false, ""),
        Dependencies::Standalone { runtime_path } => (false, true, runtime_path.as_str()),
        Dependencies::Member { runtime_path } => (false, false, runtime_path.as_str()),
    };
    let cargo = CargoToml {
        name: &api.crate_name,
        description: toml_string(&format!(
            "Typed Rust client for the {}, generated from its OpenAPI description.",
            api_name(&api.title)
        )),
        workspace,
        standalone,
        runtime_path,
    };
    files.push(File {
        path: "Cargo.toml".into(),
        contents: render(&cargo)?,
    });

    let mut types_tokens = types::types_file(&api.types);
    types_tokens.extend(ops::success_enums(api));
    files.push(File {
        path: "src/types.rs".into(),
        contents: format(types_tokens, "types.rs")?,
    });
    files.push(File {
        path: "src/builders.rs".into(),
        contents: format(ops::builders_file(api), "builders.rs")?,
    });
    files.push(File {
        path: "src/client.rs".into(),
        contents: format(ops::client_file(api), "client.rs")?,
    });
    files.push(File {
        path: "examples/quickstart.rs".into(),
        contents: quickstart(api, &lib),
    });
    files.push(File {
        path: "src/lib.rs".into(),
        contents: LIB_RS.to_owned(),
    });
    let lines = |path: &str| {
        files
            .iter()
            .find(|f| f.path == path)
            .map_or(0, |f| f.contents.lines().count())
    };
    let operation_lines = lines("src/builders.rs") + lines("src/client.rs");
    let type_lines = lines("src/types.rs");
    let streams = streams(api);
    let readme = Readme {
        operation_lines,
        per_operation: operation_lines
            .checked_div(api.operations.len())
            .unwrap_or(0),
        type_lines,
        name: &api.crate_name,
        title: &api.title,
        version: &api.version,
        description: api
            .description
            .as_deref()
            .map(docs::sanitize)
            .unwrap_or_default(),
        base_url: api.base_url.as_deref(),
        auth_lines: auth_lines(api),
        example: example(api, &lib),
        operations: api.operations.len(),
        types: api.types.len(),
        groups: api
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| {
                (
                    g.method.clone(),
                    g.tag.clone(),
                    api.operations.iter().filter(|o| o.group == Some(i)).count(),
                )
            })
            .collect(),
        stream_example: stream_example(&streams, &lib),
        streams: streams
            .iter()
            .map(|(_, call, yields)| (call.clone(), yields.clone()))
            .collect(),
    };
    files.push(File {
        path: "README.md".into(),
        contents: render(&readme)?,
    });

    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
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

fn toml_string(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// How the README says to authenticate.
fn auth_lines(api: &Api) -> Vec<String> {
    api.auth
        .iter()
        .map(|a| {
            let what = match &a.kind {
                AuthKind::Basic => "HTTP Basic".to_owned(),
                AuthKind::Bearer {
                    exchange_path: Some(p),
                } => format!(
                    "bearer token, or an API key exchanged at `{p}` for a short-lived token"
                ),
                AuthKind::Bearer {
                    exchange_path: None,
                } => "bearer token".to_owned(),
                AuthKind::OAuth1 { signature_methods } if !signature_methods.is_empty() => {
                    format!("OAuth 1.0a ({})", signature_methods.join(", "))
                }
                AuthKind::OAuth1 { .. } => "OAuth 1.0a".to_owned(),
                AuthKind::ClientCredentials { token_url, .. } => {
                    format!("OAuth2 client credentials (token URL `{token_url}`)")
                }
                AuthKind::ApiKey { location, name } => format!("API key in {location} `{name}`"),
                AuthKind::Other(o) => format!("{o} (bring your own `Authenticator`)"),
            };
            let mut line = format!("`{}`: {what}", a.key);
            if let Some(server) = &a.server_url {
                line.push_str(&format!(", sent to `{server}`"));
            }
            if !a.env.is_empty() {
                let vars: Vec<String> = a.env.iter().map(|(_, v)| format!("`{v}`")).collect();
                line.push_str(&format!("; the examples read {}", vars.join(", ")));
            }
            line
        })
        .collect()
}

/// The README's authentication line: the first scheme the `auth` crate has a type for, with
/// credentials from the environment variables the spec names (`x-env`).
fn auth_setup(api: &Api, lib: &str) -> String {
    let prefix = lib.to_ascii_uppercase();
    for scheme in &api.auth {
        // Each credential is read into a variable first: short lines, formatted as rustfmt would.
        let mut lines = Vec::new();
        let mut var = |binding: &str, roles: &[&str], fallback: &str| -> String {
            let name = scheme
                .env
                .iter()
                .find(|(role, _)| roles.iter().any(|r| role.replace('_', "-") == *r))
                .map(|(_, var)| var.clone())
                .unwrap_or_else(|| format!("{prefix}_{fallback}"));
            lines.push(format!("let {binding} = std::env::var(\"{name}\")?;"));
            binding.to_owned()
        };
        let auth = match &scheme.kind {
            AuthKind::Basic => format!("let auth = {lib}::auth::BasicAuth::from_env()?;"),
            AuthKind::Bearer { .. } => {
                let token = var("token", &["token", "api-key"], "TOKEN");
                format!("let auth = {lib}::auth::BearerToken::new({token})?;")
            }
            AuthKind::OAuth1 { .. } => {
                let key = var("consumer_key", &["consumer-key"], "CONSUMER_KEY");
                let secret = var("consumer_secret", &["consumer-secret"], "CONSUMER_SECRET");
                let token = var("token", &["token"], "TOKEN");
                let token_secret = var("token_secret", &["token-secret", "secret"], "TOKEN_SECRET");
                format!(
                    "let auth = {lib}::auth::oauth1::OAuth1::new({key}, {secret})?\n    .with_token({token}, {token_secret})?;"
                )
            }
            AuthKind::ClientCredentials {
                token_url,
                audience,
            } => {
                let id = var("client_id", &["client-id"], "CLIENT_ID");
                let secret = var("client_secret", &["client-secret"], "CLIENT_SECRET");
                let mut line = format!(
                    "let auth = {lib}::auth::TokenExchange::client_credentials(\n    \"{token_url}\",\n    {id},\n    {secret},\n)?"
                );
                match audience {
                    Some(audience) => line.push_str(&format!("\n.with_audience(\"{audience}\");")),
                    None => line.push(';'),
                }
                line
            }
            AuthKind::ApiKey { .. } | AuthKind::Other(_) => continue,
        };
        lines.push(auth);
        return lines.join("\n");
    }
    format!("let auth = {lib}::auth::NoAuth;")
}

/// The operation the README and the example call: the first one without required parameters,
/// preferring a GET that lists something.
fn example_operation(api: &Api) -> Option<&Operation> {
    let simple = |o: &&Operation| {
        o.params.iter().all(|p| !p.required) && o.body.as_ref().is_none_or(|b| !b.required)
    };
    let ops = || api.operations.iter().filter(simple);
    ops()
        .find(|o| o.http_method == "GET" && o.method_name.starts_with("list"))
        .or_else(|| ops().find(|o| o.http_method == "GET"))
        .or_else(|| ops().next())
}

/// The README's table of operations read as streams: paginated lists, server-sent events and
/// websockets, with the call that opens each and what it yields.
fn streams(api: &Api) -> Vec<(&Operation, String, String)> {
    let short = |t: &TypeRef| match t {
        TypeRef::Named(name) => format!("`{name}`"),
        TypeRef::Value => "JSON value".to_owned(),
        TypeRef::String => "`String`".to_owned(),
        other => format!("`{other:?}`"),
    };
    let resumes = |resume: &Option<(String, String)>| match resume {
        Some((parameter, field)) => format!(
            "; after a reconnect, resumes from the last `{field}` (as `{parameter}`) without repeats"
        ),
        None => String::new(),
    };
    api.operations
        .iter()
        .filter_map(|op| {
            let (finish, yields) = if let Some((_, item)) = &op.pagination {
                (
                    "stream()",
                    format!("every item of every page, as {}", short(item)),
                )
            } else if let Some(events) = &op.events {
                (
                    "stream()",
                    format!(
                        "each server-sent event as {}{}",
                        short(&events.message),
                        resumes(&events.resume)
                    ),
                )
            } else if let Some(ws) = &op.websocket {
                let yields = match &ws.send {
                    Some(send) => format!(
                        "a stream of {} messages and a sender of {}; an interactive session, not reconnected",
                        short(&ws.message),
                        short(send)
                    ),
                    None => format!(
                        "each websocket message as {}{}",
                        short(&ws.message),
                        resumes(&ws.resume)
                    ),
                };
                ("connect()", yields)
            } else {
                return None;
            };
            let args = if op.params.iter().any(|p| p.required)
                || op.body.as_ref().is_some_and(|b| b.required)
            {
                "…"
            } else {
                ""
            };
            Some((op, format!("{}.{finish}", call_path(api, op, args)), yields))
        })
        .collect()
}

/// The README's streaming example, compiled as a doctest: the first stream that needs no
/// arguments and yields a plain `Stream` (not a session with a sender).
fn stream_example(streams: &[(&Operation, String, String)], lib: &str) -> Option<String> {
    let (_, call, _) = streams.iter().find(|(op, call, _)| {
        !call.contains('…')
            && !op.deprecated
            && op.websocket.as_ref().is_none_or(|ws| ws.send.is_none())
    })?;
    Some(format!(
        "# async fn run(client: {lib}::Client) -> Result<(), Box<dyn std::error::Error>> {{\n\
         use {lib}::StreamExt;\n\n\
         let mut items = std::pin::pin!({call});\n\
         while let Some(item) = items.next().await {{\n    \
         println!(\"{{:?}}\", item?);\n\
         }}\n\
         # Ok(())\n\
         # }}"
    ))
}

/// `client.group().operation(args)`, or `client.operation(args)` for an untagged operation.
fn call_path(api: &Api, op: &Operation, args: &str) -> String {
    match op.group {
        Some(g) => format!(
            "client.{}().{}({args})",
            api.groups[g].method, op.method_name
        ),
        None => format!("client.{}({args})", op.method_name),
    }
}

/// The call and how its result is shown, as statements.
fn example_call(api: &Api) -> String {
    let Some(op) = example_operation(api) else {
        return "let _ = client;".to_owned();
    };
    let path = call_path(api, op, "");
    let shown = match &op.success {
        Success::Single {
            ty: TypeRef::Unit, ..
        } => "println!(\"done\");",
        _ => "println!(\"{result:#?}\");",
    };
    let allow = if op.deprecated {
        "#[allow(deprecated)]\n"
    } else {
        ""
    };
    format!("{allow}let result = {path}.send().await?;\n{shown}")
}

/// The README's example, compiled as a doctest.
fn example(api: &Api, lib: &str) -> String {
    let setup = match &api.base_url {
        Some(_) => format!(
            "let client = {lib}::Client::builder()\n    .auth(auth)\n    // .base_url(\"http://127.0.0.1:8080\") to talk to a test server\n    .build()?;"
        ),
        None => format!("let client = {lib}::Client::new(\"https://api.example.com\", auth)?;"),
    };
    format!(
        "# async fn run() -> Result<(), Box<dyn std::error::Error>> {{\n{auth}\n{setup}\n{call}\n# Ok(())\n# }}",
        auth = auth_setup(api, lib),
        call = example_call(api),
    )
}

/// `examples/quickstart.rs`: the README's call as a program, credentials from the environment
/// and the base URL from `<CRATE>_BASE_URL` when set. Written as rustfmt formats it.
fn quickstart(api: &Api, lib: &str) -> String {
    let env = format!("{}_BASE_URL", lib.to_ascii_uppercase());
    let indent = |text: String| {
        text.lines()
            .map(|l| format!("    {l}\n"))
            .collect::<String>()
    };
    let (builder, note) = match &api.base_url {
        Some(url) => (
            format!("{lib}::Client::builder()"),
            format!("(default `{url}`)"),
        ),
        None => (
            format!("{lib}::Client::builder(\"https://api.example.com\")"),
            "(default `https://api.example.com`)".to_owned(),
        ),
    };
    format!(
        "//! Calls the API once with credentials from the environment and prints the result.\n\
         //!\n\
         //! Set `{env}` to use another server {note}, e.g. a test server.\n\
         //! Run with `cargo run -p {name} --example {name}-quickstart`.\n\
         \n\
         #[tokio::main(flavor = \"current_thread\")]\n\
         async fn main() -> Result<(), Box<dyn std::error::Error>> {{\n\
         {auth}\
         \x20   let mut builder = {builder}.auth(auth);\n\
         \x20   if let Ok(url) = std::env::var(\"{env}\") {{\n\
         \x20       builder = builder.base_url(url);\n\
         \x20   }}\n\
         \x20   let client = builder.build()?;\n\
         {call}\
         \x20   Ok(())\n\
         }}\n",
        name = api.crate_name,
        auth = indent(auth_setup(api, lib)),
        call = indent(example_call(api)),
    )
}
