//! `cargo xtask contract [--specs DIR]… [--jobs N] [--dynamic] [NAME…]`: every operation of
//! every generated crate, called once against an independent mock server (Prism) started from
//! the crate's spec, which validates each request against the spec.
//!
//! The crates are the providers' under `generated/`, or, with `--specs DIR`, every description
//! under the folders, generated into `target/contract/crates` by the corpus task's code. For each
//! spec the task writes a throwaway program (`target/contract/<name>/`) that calls every
//! operation with arguments synthesized from the operation's schemas; the programs form one
//! cargo workspace, built once. Then, `--jobs` specs at a time, it starts `prism mock` on
//! 127.0.0.1 for the spec (from Prism's own prepared copy when Prism cannot serve the published
//! one: `prepare`; a spec Prism cannot load within its time is counted as not run), runs the
//! program against it with a time limit (restarting Prism past a crash) and classifies every call:
//!
//! - `OK`: a 2xx whose body decoded into the generated type; a call whose static response
//!   violated the spec is made again against a `--dynamic` Prism, and is OK if that decodes;
//! - `OK-ERROR`: an operation whose spec documents no 2xx got a status it documents, its body
//!   decoded into the generated error type (or empty);
//! - `REJECTED`: Prism refused the request (its `sl-violations` header lists request violations,
//!   or it answered with one of its own problem+json errors: no route, bad security, …);
//! - `DECODE`: a 2xx our client could not decode;
//! - `MOCK`: Prism's own response violates the spec, static and dynamic (a spec whose example
//!   does not match its schema; reported with `--errors`);
//! - `PRISM`: Prism failed after validating the request (a media type it cannot serve);
//! - `NO-2XX`: the spec documents no 2xx and the documented error did not round-trip;
//! - `UNCHECKED`: a listed operation whose response Prism cannot produce or check;
//! - `ARGS`: the synthesized arguments do not deserialize into the generated types;
//! - `OTHER`: anything else (`MISSING`: the program stopped before reporting the call).
//!
//! `MOCK`, `PRISM`, `NO-2XX` and `UNCHECKED` are the spec's or the mock's failures, not the
//! client's. The headline share is (OK + OK-ERROR) ÷ every operation of the descriptions that
//! generated (those never called included); the narrow one leaves out the spec's and mock's
//! failures and the specs not run. The providers must all be clean; over spec folders the run
//! passes when the headline share reaches 95%.

mod classify;
mod plan;
mod prepare;
mod prism;
mod program;
mod report;
mod sample;
mod targets;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use anyhow::{Context, Result};

use classify::unanswered;
use plan::{Plan, plan};
use prepare::prepare_for_prism;
use prism::{Prism, install_prism, run_program};
use program::{write_program, write_workspace};
use report::{Outputs, SpecSummary, mock_calls, print_summary, report};
use targets::{Selection, Target, select};

/// Operations whose response Prism cannot produce or check, with the reason: (spec,
/// operationId, why). They are still called and their request must validate (Prism validates a
/// request before it builds a response); Prism's own errors after validation and violations in
/// its response are reported as `UNCHECKED` instead of failing the run.
const RESPONSE_UNCHECKED: &[(&str, &str, &str)] = &[
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
    let started = Instant::now();
    let scratch = root.join("target/contract");
    std::fs::create_dir_all(&scratch)?;
    let selection = select(root, &scratch, args)?;
    let prism = install_prism(root)?;

    // 1. One program per spec, in one scratch workspace, built at once.
    let mut not_run = Vec::new();
    let mut planned = Vec::new();
    for target in &selection.targets {
        match plan(&target.name, &target.spec, &target.options) {
            Ok(p) => {
                write_program(root, &scratch, &p, &target.crate_dir)?;
                planned.push((p, target));
            }
            Err(e) => not_run.push(not_run_row(target, 0, format!("not planned: {e}"))),
        }
    }
    let plans: Vec<&Plan> = planned.iter().map(|(p, _)| p).collect();
    write_workspace(root, &scratch, &plans)?;
    let binaries = build_programs(root, &scratch)?;

    // 2. Each program against its own Prism, `--jobs` at a time.
    let runs: Vec<Run> = planned
        .iter()
        .map(|(plan, target)| Run {
            plan,
            target,
            binary: binaries.get(&format!("contract-{}", plan.name)).cloned(),
        })
        .collect();
    let mut summary = run_all(&prism, &scratch, &runs, &selection);
    summary.extend(not_run);
    summary.sort_by(|a, b| a.name.cmp(&b.name));
    let percent = print_summary(&summary, &selection.not_generated);
    let all_ok = summary.iter().all(|s| s.not_run.is_none() && clean(s));
    // Over folders of published descriptions the target is a share; the providers must be clean.
    let passed = if selection.folders.is_empty() {
        all_ok
    } else {
        percent >= TARGET_PERCENT
    };
    println!(
        "\ncontract run took {:.1} s; {}",
        started.elapsed().as_secs_f64(),
        if passed { "passed" } else { "FAILED" }
    );
    Ok(passed)
}

/// The share of operations that must round-trip over spec folders (see `report::Totals`).
const TARGET_PERCENT: f64 = 95.0;

/// Every call OK (a documented error of an operation without a 2xx included) or UNCHECKED.
fn clean(s: &SpecSummary) -> bool {
    s.counts
        .keys()
        .all(|class| matches!(*class, "OK" | "OK-ERROR" | "UNCHECKED"))
}

/// One spec to run: its plan, where it came from, its program (`None`: it did not build).
struct Run<'a> {
    plan: &'a Plan,
    target: &'a Target,
    binary: Option<PathBuf>,
}

/// Runs every spec, `selection.jobs` at a time, printing each one's table when it is done.
fn run_all(prism: &Path, scratch: &Path, runs: &[Run], selection: &Selection) -> Vec<SpecSummary> {
    let next = AtomicUsize::new(0);
    let done = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..selection.jobs.min(runs.len()) {
            scope.spawn(|| {
                while let Some(run) = runs.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let (summary, text) = run_one(prism, scratch, run, selection.dynamic);
                    print!("{text}");
                    done.lock().unwrap_or_else(|e| e.into_inner()).push(summary);
                }
            });
        }
    });
    done.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// One spec: its Prism started, its program run against it, every call classified.
fn run_one(prism: &Path, scratch: &Path, run: &Run, dynamic: bool) -> (SpecSummary, String) {
    let operations = run.plan.calls.len() + run.plan.skipped.len();
    if run.binary.is_none() {
        let why = "its program did not build (see cargo's output)".to_owned();
        return (not_run_row(run.target, operations, why), String::new());
    }
    if run.plan.calls.is_empty() {
        // Nothing to call (Prism refuses a document without operations anyway).
        let mut text = String::new();
        let outputs = Outputs {
            static_run: "",
            crashed: None,
            dynamic_run: None,
            dynamic_crashed: None,
        };
        return (
            report(run.plan, &run.target.shown, &outputs, 0.0, &mut text),
            text,
        );
    }
    let ref_root = run.target.options.ref_root.as_deref();
    let spec = match prepare_for_prism(scratch, &run.plan.name, &run.target.spec, ref_root) {
        Ok(spec) => spec,
        Err(e) => {
            let why = format!("its copy for Prism could not be written: {e:#}");
            return (not_run_row(run.target, operations, why), String::new());
        }
    };
    let started = Instant::now();
    let first = match serve_and_run(prism, scratch, run, &spec, dynamic, None) {
        Ok(served) => past_crashes(prism, scratch, run, &spec, dynamic, served),
        Err(e) => return (not_run_row(run.target, operations, e), String::new()),
    };
    let secs = started.elapsed().as_secs_f64();
    // Calls whose static response violated the spec, again against schema-generated responses.
    let retry = mock_calls(run.plan, &first.stdout, first.crashed.as_deref());
    let second = if dynamic || retry.is_empty() {
        None
    } else {
        serve_and_run(prism, scratch, run, &spec, true, Some(&retry.join("\n"))).ok()
    };
    let outputs = Outputs {
        static_run: &first.stdout,
        crashed: first.crashed.clone(),
        dynamic_run: second.as_ref().map(|s| s.stdout.as_str()),
        dynamic_crashed: second.as_ref().and_then(|s| s.crashed.clone()),
    };
    let mut text = String::new();
    let mut summary = report(run.plan, &run.target.shown, &outputs, secs, &mut text);
    summary.notes = first.notes;
    (summary, text)
}

/// How many times Prism is restarted after it crashed on one spec's calls.
const MAX_RESTARTS: usize = 20;

/// When Prism crashed on a call (it does on some requests: matrix-style path parameters), the
/// calls after that one are made again against a fresh Prism, until every call was answered or
/// crashed it; the crash is kept as the reason of the calls that got no answer.
fn past_crashes(
    prism: &Path,
    scratch: &Path,
    run: &Run,
    spec: &Path,
    dynamic: bool,
    mut served: Served,
) -> Served {
    let mut last_crash = served.crashed.clone();
    for _ in 0..MAX_RESTARTS {
        if last_crash.is_none() {
            break;
        }
        // The first call without an answer crashed Prism; the others never reached it.
        let unanswered = unanswered(run.plan, &served.stdout);
        let Some((_, rest)) = unanswered.split_first().filter(|(_, r)| !r.is_empty()) else {
            break;
        };
        let Ok(again) = serve_and_run(prism, scratch, run, spec, dynamic, Some(&rest.join("\n")))
        else {
            break;
        };
        // A later line for a call replaces its earlier one.
        served.stdout.push_str(&again.stdout);
        last_crash = again.crashed;
    }
    served
}

/// What one program run against one Prism gave.
struct Served {
    stdout: String,
    /// Why Prism stopped on its own, when it did.
    crashed: Option<String>,
    /// What Prism could not check, and why the program stopped early.
    notes: Vec<String>,
}

/// Starts Prism for `spec` (`--dynamic` or not) and runs the spec's program against it, making
/// the calls `only` names (`None`: all); `Err` says why nothing was called.
fn serve_and_run(
    prism: &Path,
    scratch: &Path,
    run: &Run,
    spec: &Path,
    dynamic: bool,
    only: Option<&str>,
) -> Result<Served, String> {
    let binary = run.binary.as_deref().ok_or("its program did not build")?;
    let name = if dynamic && only.is_some() {
        format!("{}.dynamic", run.plan.name)
    } else {
        run.plan.name.clone()
    };
    let mut server = Prism::start(prism, &name, spec, scratch, dynamic)
        .and_then(|mut server| server.wait_ready().map(|()| server))
        .map_err(|e| format!("Prism did not serve it: {}", prism_error(&e.to_string())))?;
    let output = run_program(binary, &server.url(), only);
    let crashed = server.crashed();
    server.stop();
    let output = output.map_err(|e| e.to_string())?;
    let mut notes = server.unsupported_security();
    if let Some(stopped) = output.stopped {
        notes.push(format!("the program {stopped}"));
    }
    Ok(Served {
        stdout: output.stdout,
        crashed,
        notes,
    })
}

/// The line of Prism's failure that says why (`fatal …`, `…Error: …`), else its first line.
fn prism_error(text: &str) -> String {
    let line = text
        .lines()
        .find(|l| l.contains("fatal") || l.contains("Error"))
        .or(text.lines().next())
        .unwrap_or_default();
    line.trim().chars().take(200).collect()
}

/// A spec none of whose operations was called, and why.
fn not_run_row(target: &Target, operations: usize, why: String) -> SpecSummary {
    SpecSummary {
        name: target.shown.clone(),
        operations,
        called: 0,
        skipped: 0,
        counts: Default::default(),
        moved: 0,
        notes: Vec::new(),
        not_run: Some(why),
    }
}

/// Builds the programs of the scratch workspace into the project's target directory, keeping
/// going past one that does not compile; returns the executables built, by package name.
fn build_programs(root: &Path, scratch: &Path) -> Result<BTreeMap<String, PathBuf>> {
    let started = Instant::now();
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--workspace", "--bins", "--keep-going", "--quiet"])
        .args(["--message-format", "json-render-diagnostics"])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .env("CARGO_INCREMENTAL", "0")
        .stderr(Stdio::inherit())
        .output()
        .context("running cargo build for the contract programs")?;
    let binaries = executables(&String::from_utf8_lossy(&output.stdout));
    println!(
        "contract programs built in {:.1} s ({} executables{})",
        started.elapsed().as_secs_f64(),
        binaries.len(),
        if output.status.success() {
            ""
        } else {
            "; some did not compile"
        }
    );
    Ok(binaries)
}

/// The executables in cargo's JSON messages, by target name.
fn executables(stdout: &str) -> BTreeMap<String, PathBuf> {
    stdout
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|msg| {
            let exe = msg.get("executable")?.as_str()?;
            let name = msg.pointer("/target/name")?.as_str()?;
            Some((name.to_owned(), PathBuf::from(exe)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A program that does not compile must not hide the others, nor leave a stale binary.
    #[test]
    fn only_executables_cargo_reported_are_run() {
        let stdout = r#"
{"reason":"compiler-artifact","target":{"name":"cloudsdk_runtime","kind":["lib"]},"executable":null}
{"reason":"compiler-artifact","target":{"name":"contract-corpus-a","kind":["bin"]},"executable":"/t/debug/contract-corpus-a"}
{"reason":"compiler-message","target":{"name":"contract-corpus-b","kind":["bin"]},"message":{"level":"error"}}
{"reason":"build-finished","success":false}
"#;
        let found = executables(stdout);
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            [(
                "contract-corpus-a".to_owned(),
                PathBuf::from("/t/debug/contract-corpus-a")
            )]
        );
    }
}
