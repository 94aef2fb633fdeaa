//! The throwaway program that calls every planned operation once and prints one JSON line per
//! call, and the scratch workspace that builds the programs.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result};
use cloudsdk_codegen::model::{Api, AuthKind};

use super::plan::Plan;
use crate::scratch::{self, Profiles};

/// The authentication kind a client for `scheme` uses (`None`: the spec's first scheme).
fn auth_kind<'a>(api: &'a Api, scheme: Option<&str>) -> Option<&'a AuthKind> {
    scheme
        .and_then(|s| api.auth.iter().find(|a| a.key == s))
        .or(api.auth.first())
        .map(|a| &a.kind)
}

/// The builder call sending an API key the way `kind` says, in a header, a cookie or the query
/// string (users do the same: the generated crates take API keys on the client builder).
fn api_key_builder(kind: Option<&AuthKind>) -> String {
    match kind {
        Some(AuthKind::ApiKey { location, name }) if location == "query" => {
            format!("\n        .sensitive_query({name:?}, \"contract\")")
        }
        Some(AuthKind::ApiKey { location, name }) if location == "header" => {
            format!("\n        .sensitive_header({name:?}, \"contract\")")
        }
        Some(AuthKind::ApiKey { location, name }) if location == "cookie" => {
            format!(
                "\n        .sensitive_header(\"cookie\", {:?})",
                format!("{name}=contract")
            )
        }
        _ => String::new(),
    }
}

fn auth_expr(api: &Api, krate: &str, scheme: Option<&str>) -> String {
    match auth_kind(api, scheme) {
        Some(AuthKind::Basic) => {
            format!("{krate}::auth::BasicAuth::new(\"contract\", \"contract\").unwrap()")
        }
        Some(AuthKind::OAuth1 { .. }) => format!(
            "{krate}::auth::OAuth1::new(\"contract\", \"contract\").unwrap().with_token(\"contract\", \"contract\").unwrap()"
        ),
        // OAuth2 flows other than client credentials, and OpenID Connect: users bring the
        // access token they obtained, sent as a bearer token.
        Some(AuthKind::Other(what)) if what == "oauth2" || what == "openIdConnect" => {
            format!("{krate}::auth::BearerToken::new(\"contract\").unwrap()")
        }
        Some(AuthKind::ApiKey { .. }) | Some(AuthKind::Other(_)) | None => {
            format!("{krate}::auth::NoAuth")
        }
        Some(_) => format!("{krate}::auth::BearerToken::new(\"contract\").unwrap()"),
    }
}

/// The manifest of the program calling the crate `name` at `crate_dir`.
fn program_manifest(root: &Path, name: &str, crate_dir: &Path) -> String {
    let dependencies = [
        (name, scratch::path_dependency(crate_dir)),
        (
            "cloudsdk-runtime",
            scratch::path_dependency(&root.join("runtime")),
        ),
        ("serde", "\"1\"".to_owned()),
        ("serde_json", "\"1\"".to_owned()),
        (
            "tokio",
            "{ version = \"1\", features = [\"rt\", \"macros\"] }".to_owned(),
        ),
    ];
    let package = format!("contract-{name}");
    scratch::package_manifest("contract", &package, &dependencies, false)
}

/// Writes the program calling `plan` through the crate at `crate_dir` into `scratch/<name>`.
pub(super) fn write_program(
    root: &Path,
    scratch: &Path,
    plan: &Plan,
    crate_dir: &Path,
) -> Result<()> {
    let dir = scratch.join(&plan.name);
    std::fs::create_dir_all(dir.join("src"))?;
    let krate = plan.name.replace('-', "_");
    let manifest = program_manifest(root, &plan.name, crate_dir);
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;

    let mut src = String::new();
    src.push_str(
        "//! Written by `cargo xtask contract`: calls every operation once and prints one JSON line\n//! per call.\n#![allow(deprecated, unused_mut, clippy::all)]\n\n",
    );
    let _ = writeln!(src, "use {krate}::Client;\n");
    src.push_str(PRELUDE);
    for (i, call) in plan.calls.iter().enumerate() {
        let _ = write!(
            src,
            "\n/// `{} {}`\nasync fn call_{i}(client: &Client) -> Result<serde_json::Value, String> {{\n    Ok(report({}.send().await))\n}}\n",
            call.method, call.path, call.expr
        );
    }
    src.push_str(
        "\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let base_url = std::env::var(\"CONTRACT_BASE_URL\").expect(\"CONTRACT_BASE_URL\");\n    // `CONTRACT_ONLY`: the ids of the calls to make, one a line (unset: every call).\n    let only = std::env::var(\"CONTRACT_ONLY\").ok();\n    let wanted = |id: &str| only.as_deref().is_none_or(|o| o.lines().any(|l| l == id));\n",
    );
    for (i, scheme) in plan.clients.iter().enumerate() {
        let _ = writeln!(
            src,
            "    // {}\n    let client_{i}: Client = Client::builder({})\n        .base_url(base_url.clone())\n        .auth({}){}\n        .retry({krate}::RetryPolicy::none())\n        .build()\n        .unwrap();",
            scheme.as_deref().unwrap_or("no security requirement"),
            // Without an absolute server in the spec, the builder takes the base URL.
            if plan.api.base_url.is_some() {
                ""
            } else {
                "base_url.clone()"
            },
            auth_expr(&plan.api, &krate, scheme.as_deref()),
            api_key_builder(auth_kind(&plan.api, scheme.as_deref())),
        );
    }
    for (i, call) in plan.calls.iter().enumerate() {
        let _ = writeln!(
            src,
            "    if wanted({id:?}) {{\n        emit({id:?}, call_{i}(&client_{}).await);\n    }}",
            call.client,
            id = call.id
        );
    }
    src.push_str("}\n");
    write_if_changed(&dir.join("src/main.rs"), &src)?;
    Ok(())
}

const PRELUDE: &str = r#"fn arg<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| format!("{e} in {json}"))
}

/// The spec's example when it fits the type, else the value sampled from the schema (noted).
fn arg_or<T: serde::de::DeserializeOwned>(example: &str, sample: &str) -> Result<T, String> {
    serde_json::from_str(example).or_else(|e| {
        EXAMPLES_REFUSED.with(|n| n.borrow_mut().push(format!("{e} in {example}")));
        arg(sample)
    })
}

thread_local! {
    /// Examples of the current call that did not fit their types.
    static EXAMPLES_REFUSED: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn report<T, E>(result: Result<T, cloudsdk_runtime::Error<E>>) -> serde_json::Value {
    let err = match result {
        Ok(_) => return serde_json::json!({ "kind": "ok" }),
        Err(e) => e,
    };
    let message = err.to_string();
    let (status, violations, body) = match err.response() {
        Some(r) => (
            Some(r.status.as_u16()),
            r.headers.get("sl-violations").and_then(|v| v.to_str().ok()).map(str::to_owned),
            r.text().into_owned(),
        ),
        None => (None, None, String::new()),
    };
    match &err {
        cloudsdk_runtime::Error::Decode(d) => serde_json::json!({
            "kind": "decode", "status": status, "path": d.path, "message": d.message,
            "violations": violations, "body": body,
        }),
        _ => serde_json::json!({
            "kind": "error", "status": status, "violations": violations, "body": body,
            "message": message,
            // A status the operation documents, and whether its body decoded into the error type.
            "documented": matches!(err, cloudsdk_runtime::Error::Api(_)),
            "error_decoded": err.api_error().is_some(),
        }),
    }
}

fn emit(id: &str, outcome: Result<serde_json::Value, String>) {
    let mut line = match outcome {
        Ok(v) => v,
        Err(message) => serde_json::json!({ "kind": "args", "message": message }),
    };
    line["id"] = serde_json::Value::String(id.to_owned());
    let refused = EXAMPLES_REFUSED.with(|n| std::mem::take(&mut *n.borrow_mut()));
    if !refused.is_empty() {
        line["examples_refused"] = serde_json::json!(refused);
    }
    println!("{line}");
}
"#;

/// Writes `text` unless the file holds it already (keeps cargo from rebuilding the programs).
fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

pub(super) fn write_workspace(root: &Path, scratch: &Path, plans: &[&Plan]) -> Result<()> {
    let members = plans.iter().map(|p| &p.name);
    let manifest = scratch::workspace_manifest(Profiles::Project(root), "contract", members);
    write_if_changed(&scratch.join("Cargo.toml"), &manifest)?;
    scratch::seed_lock_file(root, scratch)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::program_manifest;

    #[test]
    fn the_programs_manifest_names_the_crate_the_runtime_and_what_the_program_uses() {
        let root = Path::new("/work/project");
        let manifest = program_manifest(root, "civo", &root.join("generated/civo"));
        assert_eq!(
            manifest,
            "# Written by `cargo xtask contract`; throwaway.\n[package]\nname = \"contract-civo\"\n\
             version = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n\
             civo = { path = \"/work/project/generated/civo\" }\n\
             cloudsdk-runtime = { path = \"/work/project/runtime\" }\nserde = \"1\"\n\
             serde_json = \"1\"\ntokio = { version = \"1\", features = [\"rt\", \"macros\"] }\n"
        );
    }
}
