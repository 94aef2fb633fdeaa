//! `cargo xtask contract [NAME…]`: every operation of every generated crate, called once against
//! an independent mock server (Prism) started from the provider's spec, which validates each
//! request against the spec.
//!
//! For each spec the task writes a throwaway program (`target/contract/<name>/`) that calls every
//! operation of `generated/<name>` with arguments synthesized from the operation's schemas, starts
//! `prism mock` on 127.0.0.1, runs the program against it and classifies every call:
//!
//! - `OK`: a 2xx whose body decoded into the generated type;
//! - `REJECTED`: Prism refused the request (its `sl-violations` header lists request violations,
//!   or it answered with one of its own problem+json errors: no route, bad security, …);
//! - `DECODE`: a 2xx our client could not decode;
//! - `MOCK`: Prism's own response violates the spec (a spec whose example does not match its
//!   schema; reported with `--errors`);
//! - `ARGS`: the synthesized arguments do not deserialize into the generated types;
//! - `OTHER`: anything else.

mod plan;
mod prism;
mod program;
mod report;
mod sample;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use plan::plan;
use prism::{Prism, install_prism, run_program};
use program::{write_program, write_workspace};
use report::{print_summary, report};

/// Operations whose response Prism cannot produce or check, with the reason: (spec,
/// operationId, why). They are still called and their request must validate (Prism validates a
/// request before it builds a response); Prism's own errors after validation and violations in
/// its response are reported as `UNCHECKED` instead of failing the run.
const RESPONSE_UNCHECKED: &[(&str, &str, &str)] = &[
    (
        "clever-cloud",
        "getBlogFeed",
        "the spec's response media type is `*/*`; Prism matches no Accept header against it (406)",
    ),
    (
        "clever-cloud",
        "getEngineeringFeed",
        "the spec's response media type is `*/*`; Prism matches no Accept header against it (406)",
    ),
    (
        "clever-cloud",
        "createAccessToken",
        "form-encoded response: Prism validates its own generated object against a string (\"Target is not a string\")",
    ),
    (
        "clever-cloud",
        "createRequestToken",
        "form-encoded response: Prism validates its own generated object against a string (\"Target is not a string\")",
    ),
    (
        "clever-cloud",
        "createAccessTokenFromQuery",
        "form-encoded response: Prism validates its own generated object against a string (\"Target is not a string\")",
    ),
    (
        "clever-cloud",
        "createRequestTokenFromQuery",
        "form-encoded response: Prism validates its own generated object against a string (\"Target is not a string\")",
    ),
    (
        "clever-cloud",
        "streamApplicationAccessLogs",
        "text/event-stream of objects: Prism cannot serialise an object as text (NO_COMPLEX_OBJECT_TEXT)",
    ),
    (
        "clever-cloud",
        "streamApplicationLogsV4",
        "text/event-stream of objects: Prism cannot serialise an object as text (NO_COMPLEX_OBJECT_TEXT)",
    ),
    (
        "clever-cloud",
        "streamNetworkGroupPeerWireguardConfig",
        "text/event-stream of objects: Prism cannot serialise an object as text (NO_COMPLEX_OBJECT_TEXT)",
    ),
    (
        "clever-cloud",
        "streamNetworkGroup",
        "text/event-stream of objects: Prism cannot serialise an object as text (NO_COMPLEX_OBJECT_TEXT)",
    ),
];

pub fn run(root: &Path, args: &[String]) -> Result<bool> {
    let (specs, dynamic) = select(root, args)?;
    let started = Instant::now();
    let prism = install_prism(root)?;

    // 1. One program per spec, in one scratch workspace.
    let scratch = root.join("target/contract");
    std::fs::create_dir_all(&scratch)?;
    let mut plans = Vec::new();
    for (name, path) in &specs {
        let plan = plan(name, path)?;
        write_program(root, &scratch, &plan)?;
        plans.push(plan);
    }
    write_workspace(root, &scratch, &plans)?;

    // 2. Start every mock server while the programs compile.
    let mut servers = Vec::new();
    for (name, path) in &specs {
        servers.push(Prism::start(&prism, name, path, &scratch, dynamic)?);
    }
    build_programs(root, &scratch)?;

    // 3. Run each program against its server.
    let mut all_ok = true;
    let mut summary = Vec::new();
    for (plan, server) in plans.iter().zip(servers.iter_mut()) {
        server.wait_ready()?;
        let binary = root.join("target/debug").join(format!(
            "contract-{}{}",
            plan.name,
            std::env::consts::EXE_SUFFIX
        ));
        let run_started = Instant::now();
        let output = run_program(&binary, &server.url())?;
        let secs = run_started.elapsed().as_secs_f64();
        server.stop();
        let (mut rows, ok) = report(plan, &output, secs);
        rows.notes = server.unsupported_security();
        all_ok &= ok;
        summary.push(rows);
    }
    print_summary(&summary);
    println!(
        "\ncontract run took {:.1} s; {}",
        started.elapsed().as_secs_f64(),
        if all_ok { "passed" } else { "FAILED" }
    );
    Ok(all_ok)
}

/// The specs named on the command line (every spec when none is), and whether Prism answers
/// with dynamic examples (`--dynamic`).
fn select(root: &Path, args: &[String]) -> Result<(Vec<(String, PathBuf)>, bool)> {
    let mut names = Vec::new();
    let mut dynamic = false;
    for arg in args {
        match arg.as_str() {
            "--dynamic" => dynamic = true,
            other if other.starts_with("--") => bail!("unknown option `{other}`"),
            other => names.push(other.to_owned()),
        }
    }
    let mut specs = crate::discover(&root.join("specs"))?;
    if !names.is_empty() {
        for n in &names {
            if !specs.iter().any(|(name, _)| name == n) {
                bail!("no spec named `{n}` under specs/");
            }
        }
        specs.retain(|(name, _)| names.contains(name));
    }
    Ok((specs, dynamic))
}

/// Builds the programs of the scratch workspace into the project's target directory.
fn build_programs(root: &Path, scratch: &Path) -> Result<()> {
    let started = Instant::now();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--workspace", "--quiet"])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .status()
        .context("running cargo build for the contract programs")?;
    if !status.success() {
        bail!("the contract programs do not compile (see above)");
    }
    println!(
        "contract programs built in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
