//! The crate's README (an `askama` template) and `examples/quickstart.rs`: how to authenticate,
//! the example call, and the table of streams.

use super::readme_body::{self, call_path};
use askama::Template;

use super::env::env_way;
use super::markdown::{self, code, text};
use super::{docs, render};
use crate::diag::Diagnostic;
use crate::model::names::BUILDER;
use crate::model::{Api, AuthKind, CallKind, Operation, RuntimePart, Success, TypeRef};

/// The README's values, each already Markdown for where the template puts it (askama's own
/// escaping is off: it knows HTML, not Markdown): one-line fields from the spec are
/// [`markdown::text`] or [`markdown::code`] (`markdown::cell_code` in a table), prose is
/// [`docs::sanitize`]d, examples are Rust whose spec strings are literals ([`rust_str`]).
#[derive(Template)]
#[template(path = "README.md.txt", escape = "none")]
struct Readme<'a> {
    /// The crate name, checked to be a package name.
    name: &'a str,
    /// Its library name (`-` as `_`).
    lib: &'a str,
    title: String,
    version: String,
    description: String,
    base_url: Option<String>,
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
    /// (feature, sub-client method, operations) for each tag's Cargo feature.
    tag_features: Vec<(String, String, usize)>,
    /// The first tag feature, for the example of picking features.
    first_feature: String,
    /// (feature, what it brings) for each runtime part only some tags turn on.
    runtime_features: Vec<(&'static str, &'static str)>,
    /// The "Testing your code" example: the example operation answered by the mock.
    mock_example: Option<String>,
    /// A compiled example building a request body with its constructor.
    body_example: Option<String>,
}

/// Lines of generated Rust, for the README's figures.
pub(super) struct Sizes {
    /// `builders.rs` and `client.rs`.
    pub operation_lines: usize,
    /// `types.rs`.
    pub type_lines: usize,
}

/// The README.
pub(super) fn readme(api: &Api, lib: &str, sizes: Sizes) -> Result<String, Diagnostic> {
    render(&Readme {
        operation_lines: sizes.operation_lines,
        per_operation: sizes
            .operation_lines
            .checked_div(api.operations.len())
            .unwrap_or(0),
        type_lines: sizes.type_lines,
        name: &api.crate_name,
        lib,
        title: markdown::text(&api.title),
        version: markdown::code(&api.version),
        description: api
            .description
            .as_deref()
            .map(docs::sanitize)
            .unwrap_or_default(),
        base_url: api.base_url.as_deref().map(markdown::code),
        auth_lines: auth_lines(api),
        example: example(api, lib),
        operations: api.operations.len(),
        types: api.types.len(),
        groups: api
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let count = api.operations.iter().filter(|o| o.group == Some(i)).count();
                (g.method.clone(), markdown::text(&g.tag), count)
            })
            .collect(),
        streams: api
            .operations
            .iter()
            .filter_map(|op| stream_row(api, op))
            .collect(),
        stream_example: stream_example(api, lib),
        tag_features: tag_features(api),
        first_feature: api
            .groups
            .iter()
            .find_map(|g| g.feature.clone())
            .unwrap_or_default(),
        runtime_features: api
            .runtime_features
            .iter()
            .filter(|r| !r.features.is_empty())
            .map(|r| {
                let what = match r.part {
                    RuntimePart::Websocket => "websocket streams (tokio-tungstenite)",
                    RuntimePart::Multipart => "multipart request bodies",
                    RuntimePart::OAuth1 => "OAuth 1.0a signing",
                    RuntimePart::Uuid => "UUID fields",
                };
                (r.part.as_str(), what)
            })
            .collect(),
        mock_example: mock_example(api, lib),
        body_example: readme_body::body_example(api, lib),
    })
}

/// (feature, sub-client method, operations) for each group with a feature. Feature names are
/// `[a-z0-9-]` by construction and method names identifiers: neither needs escaping.
fn tag_features(api: &Api) -> Vec<(String, String, usize)> {
    api.groups
        .iter()
        .enumerate()
        .filter_map(|(i, g)| {
            let count = api.operations.iter().filter(|o| o.group == Some(i)).count();
            Some((g.feature.clone()?, g.method.clone(), count))
        })
        .collect()
}

/// An API key's place, and the builder call that sends it when the runtime has one.
fn api_key_line(location: &str, name: &str) -> String {
    let what = format!("API key in {} {}", text(location), code(name));
    let setter = match location {
        "header" => "sensitive_header",
        "query" => "sensitive_query",
        _ => return what,
    };
    format!(
        "{what}, sent with `.{setter}({}, key)` on the builder",
        rust_str(name)
    )
}

/// How the README says to authenticate.
fn auth_lines(api: &Api) -> Vec<String> {
    let mut lines: Vec<String> = api
        .auth
        .iter()
        .map(|a| {
            let what = match &a.kind {
                AuthKind::Basic => "HTTP Basic".to_owned(),
                AuthKind::Bearer {
                    exchange_path: Some(p),
                } => format!(
                    "bearer token, or an API key exchanged at {} for a short-lived token",
                    code(p)
                ),
                AuthKind::Bearer {
                    exchange_path: None,
                } => "bearer token".to_owned(),
                AuthKind::OAuth1 { signature_methods } => match signature_methods.as_slice() {
                    [] => "OAuth 1.0a".to_owned(),
                    methods => {
                        let methods: Vec<String> = methods.iter().map(|m| text(m)).collect();
                        format!("OAuth 1.0a ({})", methods.join(", "))
                    }
                },
                AuthKind::ClientCredentials { token_url, .. } => {
                    format!("OAuth2 client credentials (token URL {})", code(token_url))
                }
                AuthKind::ApiKey { location, name } => api_key_line(location, name),
                AuthKind::Other(o) => format!("{} (bring your own `Authenticator`)", text(o)),
            };
            let mut line = format!("{}: {what}", code(&a.key));
            if let Some(server) = &a.server_url {
                line.push_str(&format!(", sent to {}", code(server)));
            }
            let from_env = api.from_env.iter().flat_map(|e| &e.schemes);
            if let Some(scheme) = from_env.into_iter().find(|s| s.key == a.key) {
                line.push_str(&format!("; `Client::from_env()` reads {}", env_way(scheme)));
            } else if !a.env.is_empty() && api.from_env.is_none() {
                let vars: Vec<String> = a.env.iter().map(|(_, v)| code(v)).collect();
                line.push_str(&format!("; the examples read {}", vars.join(", ")));
            }
            line
        })
        .collect();
    if let Some(env) = &api.from_env {
        lines.push(format!(
            "`Client::from_env()` uses the first scheme above whose variables are all set, and \
             the base URL from {} when it is set; its error names what is missing",
            code(&env.base_url_var)
        ));
    }
    lines
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
            lines.push(format!(
                "let {binding} = std::env::var({})?;",
                rust_str(&name)
            ));
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
                credentials_in_body,
            } => {
                let id = var("client_id", &["client-id"], "CLIENT_ID");
                let secret = var("client_secret", &["client-secret"], "CLIENT_SECRET");
                let mut line = format!(
                    "let auth = {lib}::auth::TokenExchange::client_credentials(\n    {},\n    {id},\n    {secret},\n)?",
                    rust_str(token_url)
                );
                if let Some(audience) = audience {
                    line.push_str(&format!("\n.with_audience({})", rust_str(audience)));
                }
                if *credentials_in_body {
                    line.push_str(&format!(
                        "\n.with_client_authentication({lib}::auth::token::ClientAuthentication::RequestBody)"
                    ));
                }
                line.push(';');
                line
            }
            AuthKind::ApiKey { .. } | AuthKind::Other(_) => continue,
        };
        lines.push(auth);
        return lines.join("\n");
    }
    format!("let auth = {lib}::auth::NoAuth;")
}

/// The README's row for an operation read as a stream (paginated lists, server-sent events and
/// websockets): the call that opens it and what it yields.
fn stream_row(api: &Api, op: &Operation) -> Option<(String, String)> {
    let short = |t: &TypeRef| match t {
        TypeRef::Named(name) => format!("`{name}`"),
        TypeRef::Value => "JSON value".to_owned(),
        TypeRef::String => "`String`".to_owned(),
        other => format!("`{other:?}`"),
    };
    let resumes = |resume: &Option<(String, String)>| match resume {
        Some((parameter, field)) => format!(
            "; after a reconnect, resumes from the last {} (as {}) without repeats",
            markdown::cell_code(field),
            markdown::cell_code(parameter)
        ),
        None => String::new(),
    };
    let (finish, yields) = match &op.kind {
        CallKind::Paginated { item, .. } => (
            BUILDER.stream,
            format!("every item of every page, as {}", short(item)),
        ),
        CallKind::Events(events) => (
            BUILDER.stream,
            format!(
                "each server-sent event as {}{}",
                short(&events.message),
                resumes(&events.resume)
            ),
        ),
        CallKind::WebSocket(ws) => {
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
            (BUILDER.connect, yields)
        }
        CallKind::Request | CallKind::Download => return None,
    };
    let needs_arguments =
        op.params.iter().any(|p| p.required) || op.body.as_ref().is_some_and(|b| b.required);
    let args = if needs_arguments { "…" } else { "" };
    Some((format!("{}.{finish}()", call_path(api, op, args)), yields))
}

/// The README's streaming example ([`Api::stream_example`]), compiled as a doctest.
fn stream_example(api: &Api, lib: &str) -> Option<String> {
    let op = api.operations.get(api.stream_example?)?;
    let (call, _) = stream_row(api, op)?;
    Some(format!(
        "# async fn run(client: {lib}::Client) -> Result<(), Box<dyn std::error::Error>> {{\n\
         use {lib}::StreamExt;\n\n\
         let mut items = {call};\n\
         while let Some(item) = items.next().await {{\n    \
         println!(\"{{:?}}\", item?);\n\
         }}\n\
         # Ok(())\n\
         # }}"
    ))
}

/// The example call ([`Api::example`]) and how its result is shown, as statements.
fn example_call(api: &Api) -> String {
    let Some(op) = api.example.and_then(|i| api.operations.get(i)) else {
        return "let _ = client;".to_owned();
    };
    let path = call_path(api, op, "");
    // A unit success is not bound: `let result = ()` fails clippy's let_unit_value.
    let (bind, shown) = match &op.success {
        Success::Single {
            ty: TypeRef::Unit, ..
        } => ("", "println!(\"done\");"),
        Success::Single { .. } | Success::ByStatus { .. } => {
            ("let result = ", "println!(\"{result:#?}\");")
        }
    };
    let allow = if op.deprecated {
        "#[allow(deprecated)]\n"
    } else {
        ""
    };
    format!(
        "{allow}{bind}{path}.{send}().await?;\n{shown}",
        send = BUILDER.send
    )
}

/// The README's example, compiled as a doctest: with `Client::from_env()` when the crate has
/// it (returning the crate's `Error`), else with the first scheme's credentials read by hand.
fn example(api: &Api, lib: &str) -> String {
    if api.from_env.is_some() {
        return format!(
            "# async fn run() -> Result<(), {lib}::Error> {{\nlet client = {lib}::Client::from_env()?;\n{call}\n# Ok(())\n# }}",
            call = example_call(api),
        );
    }
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

/// The "Testing your code" example, a doctest that runs when the crate is tested with its
/// `mock` feature (and compiles to nothing without it): the example operation answered with a
/// 500 by the mock, the error seen by the caller, and the mock verified.
fn mock_example(api: &Api, lib: &str) -> Option<String> {
    let op = api.example.and_then(|i| api.operations.get(i))?;
    let expect = call_path(api, op, "").replacen("client.", "mock.", 1);
    let call = call_path(api, op, "");
    let allow = if op.deprecated {
        "#[allow(deprecated)]\n"
    } else {
        ""
    };
    Some(format!(
        "# #[cfg(feature = \"mock\")]\n\
         # #[tokio::main(flavor = \"current_thread\")]\n\
         # async fn main() -> Result<(), Box<dyn std::error::Error>> {{\n\
         // A server on 127.0.0.1 that answers the way this test needs.\n\
         let mock = {lib}::mock::MockServer::new().await?;\n\
         {expect}.raw_unchecked(500, &[(\"content-type\", \"text/plain\")], \"down\")?;\n\
         // The code under test gets a client pointed at it (add the same `.auth(...)`).\n\
         let client = mock.builder().build()?;\n\
         {allow}let error = {call}.{send}().await.unwrap_err();\n\
         assert_eq!(error.status().map(|s| s.as_u16()), Some(500));\n\
         // Every expectation met, no request left unmatched.\n\
         mock.verify()?;\n\
         # Ok(())\n\
         # }}\n\
         # #[cfg(not(feature = \"mock\"))]\n\
         # fn main() {{}}",
        send = BUILDER.send
    ))
}

/// `examples/quickstart.rs`: the README's call as a program, credentials from the environment
/// and the base URL from `<CRATE>_BASE_URL` when set. Written as rustfmt formats it.
pub(super) fn quickstart(api: &Api, lib: &str) -> String {
    let env = format!("{}_BASE_URL", lib.to_ascii_uppercase());
    let indent = |text: String| {
        text.lines()
            .map(|l| format!("    {l}\n"))
            .collect::<String>()
    };
    if let Some(from_env) = &api.from_env {
        let ways: Vec<String> = from_env.schemes.iter().map(env_way).collect();
        return format!(
            "//! Calls the API once with credentials from the environment and prints the result.\n\
             //!\n\
             //! `Client::from_env()` reads {ways}.\n\
             //! Set {var} to use another server, e.g. a test server.\n\
             //! Run with `cargo run -p {name} --example {name}-quickstart`.\n\
             \n\
             #[tokio::main(flavor = \"current_thread\")]\n\
             async fn main() -> Result<(), {lib}::Error> {{\n\
             \x20   let client = {lib}::Client::from_env()?;\n\
             {call}\
             \x20   Ok(())\n\
             }}\n",
            ways = ways.join("; or "),
            var = code(&from_env.base_url_var),
            name = api.crate_name,
            call = indent(example_call(api)),
        );
    }
    let (builder, note) = match &api.base_url {
        Some(url) => (
            format!("{lib}::Client::builder()"),
            format!("(default {})", markdown::code(url)),
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
         \x20   if let Ok(url) = std::env::var({env_literal}) {{\n\
         \x20       builder = builder.base_url(url);\n\
         \x20   }}\n\
         \x20   let client = builder.build()?;\n\
         {call}\
         \x20   Ok(())\n\
         }}\n",
        name = api.crate_name,
        env_literal = rust_str(&env),
        auth = indent(auth_setup(api, lib)),
        call = indent(example_call(api)),
    )
}

/// A Rust string literal holding `s`, escaped as the compiler reads it (never on two lines).
fn rust_str(s: &str) -> String {
    proc_macro2::Literal::string(s).to_string()
}
