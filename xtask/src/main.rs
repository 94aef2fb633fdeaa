//! Project chores: `cargo xtask codegen [--check]`, `cargo xtask generate <spec> --out <dir>`,
//! `cargo xtask diff OLD NEW`, `cargo xtask corpus`, `cargo xtask contract`, `cargo xtask bench`,
//! `cargo xtask features`, `cargo xtask semver`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod bench;
mod contract;
mod corpus;
mod features;
mod outside;
mod release;
mod scratch;
mod semver;
mod settings;
mod wire_fixtures;

use anyhow::{Context, Result, bail};
use cloudsdk_codegen::emit::{Dependencies, RuntimeSource};
use cloudsdk_codegen::generate;
use cloudsdk_codegen::write::{Change, write};
pub(crate) use scratch::{dev_profile, seed_lock_file};

/// Generation is bound by allocation (syn's trees, prettyplease's buffers): see the
/// Performance section of the README.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
usage:
  cargo xtask codegen [--check]
      regenerate generated/<name>/ from every specs/<name>.{yaml,yml,json} and
      specs/<name>/openapi.{yaml,yml,json}; print what changed in each crate's public API (from
      its api.json), bump its version and add a CHANGELOG.md entry; --check changes nothing and
      fails if anything differs (a version or changelog not updated for a change included)
  cargo xtask diff OLD_SPEC NEW_SPEC
      print what changing OLD_SPEC into NEW_SPEC does to the generated crate's public API, each
      change breaking or not; writes nothing
  cargo xtask generate <spec> --out <dir> [--name <crate>] [--strict] [--ref-root <dir>]
                       [--runtime-path <dir> | --runtime-git <url>]
      generate a standalone crate from any API description; external $refs may read files in
      the spec's folder only, or in --ref-root's (which must hold the spec); over an earlier
      generation, report the API changes, bump the version and add a changelog entry. Its
      runtime is `cloudsdk-runtime = \"0.1\"` from crates.io unless --runtime-path (a
      cloudsdk-runtime checkout) or --runtime-git (a git URL) says where else
  cargo xtask semver [KIND…]
      for each spec pair in codegen/tests/fixtures/changes (or the KINDs given), compare our
      verdict (breaking or not) with cargo-semver-checks' on the two generated crates (built
      under target/semver); print a table and fail on any disagreement. Needs
      cargo-semver-checks (target/tools/bin or PATH); skips without it unless
      CLOUDSDK_REQUIRE_SEMVER_CHECKS is set
  cargo xtask corpus [--clippy] [DIR…]
      generate every API description under DIR (default ../shared/corpus; each DIR is the
      folder their external $refs may read) into one scratch workspace under target/corpus,
      check it (or clippy every target of it) once, keeping going past failures, and print a
      table; any crate that does not build clean fails the run
  cargo xtask contract [--specs DIR]… [--jobs N] [--dynamic] [NAME…]
      call every operation of generated/<name> once against a Prism mock server (installed into
      target/tools/prism, listening on 127.0.0.1) started from specs/<name>, which validates
      every request against the spec; fails on rejected requests and undecodable responses.
      With --specs, every description under DIR instead (generated into target/contract/crates;
      a NAME keeps the paths containing it), N specs at a time; passes at 95% round-trip
  cargo xtask features [--check] [CRATE_DIR…]
      clippy (or check) each generated crate (default: every one under generated/) with
      `--no-default-features --features rustls` alone and with each tag feature alone, warnings
      denied; keeps going past failures, prints a table, fails if any run failed
  cargo xtask features --why SPEC [TAG]
      why each type of SPEC's crate is compiled when it is: always (the error body, an untagged
      operation or every tag reaches it), per tag with the operation that reaches it, or with
      `full` only; with TAG (a feature name), only the types that tag compiles
  cargo xtask outside [--keep]
      package the runtime, auth and the four provider crates, and build the program in
      tests/outside/readme-user/src in a temporary folder outside the workspace, depending on
      `civo = \"0.1\"` and the others by version (patched to the packages, offline), then run
      it against a loopback server on 127.0.0.1 that checks each provider's credentials
  cargo xtask bench [--specs A,B,…] [--runs N] [--no-compile] [--no-build] [--no-criterion] [--no-corpus]
                    [--with-progenitor | --no-progenitor] [--with-openapi-generator | --no-openapi-generator]
                    [--progenitor-interface builder|positional] [--tags SPEC=TAG|all,…] [--cold SPEC]
      time generation (ours in-process, the others as processes), `cargo check` and a debug
      `cargo build` of each generated crate (dependencies excluded; --no-build: check only) and
      the criterion benches; print one table of medians.
      --tags: our crate also checked with one tag's feature alone (default
      api-github-com=issues,clever-cloud=applications); SPEC=all: every tag of SPEC alone, the
      whole crate between rounds, a table of CPU ratios, their median, p90, max, the share
      within 0.15 and the typical tag (median operation count); --cold SPEC: a clean `cargo build` of a
      one-call program on SPEC's crate (ours and progenitor's), time and crates compiled.
      Re-runs itself with --release. Default specs: oxide, nexus, hcloud, api.github.com from
      ../shared/corpus/realworld; default 3 runs; other generators are used when installed.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("codegen") => codegen(&args[1..]),
        Some("generate") => generate_one(&args[1..]),
        Some("diff") => release::diff(&args[1..]),
        Some("semver") => semver::run(&root(), &args[1..]),
        Some("corpus") => corpus::run(&root(), &args[1..]),
        Some("contract") => contract::run(&root(), &args[1..]),
        Some("bench") => bench::run(&root(), &args[1..]),
        Some("features") => features::run(&root(), &args[1..]),
        Some("outside") => outside::run(&root(), &args[1..]),
        Some("-h" | "--help" | "help") | None => {
            println!("{USAGE}");
            Ok(true)
        }
        Some(other) => {
            eprintln!("unknown command `{other}`\n{USAGE}");
            Ok(false)
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The folders directly in `dir`, each with its name (empty when it is not UTF-8).
pub(crate) fn folders(dir: &Path) -> Result<Vec<(PathBuf, String)>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let name = name.to_owned();
            found.push((path, name));
        }
    }
    Ok(found)
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Every spec under `specs/`, as (crate name, entry file), sorted by name.
fn discover(specs: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(specs).with_context(|| format!("reading {}", specs.display()))? {
        let path = entry?.path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        if path.is_dir() {
            let entry = ["openapi.yaml", "openapi.yml", "openapi.json"]
                .iter()
                .map(|f| path.join(f))
                .find(|p| p.is_file());
            if let Some(entry) = entry {
                found.push((stem, entry));
            }
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "json")
        ) {
            found.push((stem, path));
        }
    }
    found.sort();
    Ok(found)
}

fn codegen(args: &[String]) -> Result<bool> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => bail!("unexpected arguments {args:?}\n{USAGE}"),
    };
    let root = root();
    let specs = discover(&root.join("specs"))?;
    let generated_dir = root.join("generated");
    let options = specs
        .iter()
        .map(|(name, path)| {
            let mut options =
                release::options_for(name, &generated_dir.join(name), Dependencies::Workspace)?;
            options.package = settings::read(path)?;
            Ok(options)
        })
        .collect::<Result<Vec<_>>>()?;
    // Generate in parallel: one thread per spec.
    let results: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = specs
            .iter()
            .zip(&options)
            .map(|((_, path), options)| scope.spawn(move || generate(path, options)))
            .collect();
        handles.into_iter().map(|h| h.join()).collect()
    });
    let mut ok = true;
    let mut differ = Vec::new();
    for ((name, path), result) in specs.iter().zip(results) {
        let generated = match result {
            Ok(Ok(g)) => g,
            Ok(Err(diagnostic)) => {
                eprintln!("{}: {diagnostic}", path.display());
                ok = false;
                continue;
            }
            Err(_) => bail!("the generator panicked on {}", path.display()),
        };
        for w in &generated.warnings {
            eprintln!("{w}");
        }
        let dir = generated_dir.join(name);
        let changes = write(&dir, &generated.files, check)
            .with_context(|| format!("writing {}", dir.display()))?;
        let s = &generated.stats;
        println!(
            "{name}: {} operations, {} types, {} lines of Rust, {} warnings, {} files {}",
            s.operations,
            s.types,
            s.lines,
            generated.warnings.len(),
            changes.len(),
            if check { "differ" } else { "updated" }
        );
        release::print_report(generated.report.as_ref());
        differ.extend(changes);
    }
    differ.extend(wire_fixtures::write_all(&root, check)?);
    // Crates whose spec is gone.
    if generated_dir.is_dir() {
        for (path, name) in folders(&generated_dir)? {
            if !specs.iter().any(|(n, _)| *n == name) {
                if check {
                    differ.push(Change::Removed(path.clone()));
                } else {
                    std::fs::remove_dir_all(&path)
                        .with_context(|| format!("removing {}", path.display()))?;
                    println!("{name}: removed (no spec left)");
                }
            }
        }
    }
    if check && !differ.is_empty() {
        eprintln!("generated/ is out of date with specs/ and codegen/; run `cargo xtask codegen`:");
        for change in &differ {
            eprintln!("  {change}");
            if let Change::Modified(_, diff) = change {
                for line in diff.lines().take(40) {
                    eprintln!("    {line}");
                }
            }
        }
        return Ok(false);
    }
    Ok(ok)
}

fn generate_one(args: &[String]) -> Result<bool> {
    let mut spec = None;
    let mut out = None;
    let mut name = None;
    let mut strict = false;
    let mut ref_root = None;
    let mut runtime = RuntimeSource::Registry;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            flag @ ("--runtime-path" | "--runtime-git") => {
                if runtime != RuntimeSource::Registry {
                    bail!("give one of --runtime-path and --runtime-git\n{USAGE}");
                }
                let value = it.next().with_context(|| format!("{flag} needs a value"))?;
                runtime = if flag == "--runtime-path" {
                    runtime_path(value)?
                } else {
                    runtime_git(value)?
                };
            }
            "--out" => out = Some(PathBuf::from(it.next().context("--out needs a directory")?)),
            "--name" => name = Some(it.next().context("--name needs a crate name")?.clone()),
            "--strict" => strict = true,
            "--ref-root" => {
                ref_root = Some(PathBuf::from(
                    it.next().context("--ref-root needs a folder")?,
                ));
            }
            other if other.starts_with("--") => bail!("unknown option `{other}`\n{USAGE}"),
            other => {
                if spec.replace(PathBuf::from(other)).is_some() {
                    bail!("more than one spec given\n{USAGE}");
                }
            }
        }
    }
    let spec = spec.context(format!("no spec given\n{USAGE}"))?;
    let out = out.context(format!("--out is required\n{USAGE}"))?;
    let mut package = settings::read(&spec)?;
    if let Some(name) = &name {
        package.name = Some(name.clone());
    }
    let name = name.unwrap_or_else(|| crate_name_for(&spec));
    let root = root();
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let out_abs = out.canonicalize()?;
    let inside = out_abs.starts_with(root.join("generated"));
    let dependencies = if inside {
        Dependencies::Workspace
    } else {
        Dependencies::Standalone { runtime }
    };
    let mut options = release::options_for(&name, &out, dependencies)?;
    options.package = package;
    options.strict = strict;
    options.ref_root = ref_root;
    match release::regenerate(&spec, &out, &options)? {
        Some(printed) => {
            print!("{printed}");
            Ok(true)
        }
        None => Ok(false),
    }
}

/// `--runtime-path`: a folder holding the `cloudsdk-runtime` package, written absolute.
fn runtime_path(value: &str) -> Result<RuntimeSource> {
    let dir = Path::new(value)
        .canonicalize()
        .with_context(|| format!("--runtime-path {value}: no such folder"))?;
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml"))
        .with_context(|| format!("--runtime-path {value}: no Cargo.toml in it"))?;
    let named = manifest
        .lines()
        .any(|l| l.split_whitespace().collect::<String>() == "name=\"cloudsdk-runtime\"");
    if !named {
        bail!(
            "--runtime-path {value}: {} is not the cloudsdk-runtime package",
            dir.display()
        );
    }
    let path = dir.to_str().with_context(|| {
        format!("--runtime-path {value}: the path is not UTF-8, which Cargo.toml cannot hold")
    })?;
    Ok(RuntimeSource::Path(path.to_owned()))
}

/// `--runtime-git`: a URL Cargo can clone (https, ssh, git or file), without spaces or control
/// characters. Escaped when written into Cargo.toml like every value.
fn runtime_git(value: &str) -> Result<RuntimeSource> {
    let schemes = ["https://", "http://", "ssh://", "git://", "file://"];
    let known = schemes
        .iter()
        .any(|s| value.starts_with(s) && value.len() > s.len());
    let clean = !value.chars().any(|c| c.is_whitespace() || c.is_control());
    if !known || !clean {
        bail!(
            "--runtime-git {}: not a git URL Cargo takes (https://, http://, ssh://, git:// or \
             file://, no spaces)",
            value.escape_debug()
        );
    }
    Ok(RuntimeSource::Git(value.to_owned()))
}

/// A crate name from a spec's path: `specs/clever-cloud/openapi.yaml` → `clever-cloud`.
fn crate_name_for(spec: &Path) -> String {
    let stem = spec.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let base = if stem == "openapi" || stem == "swagger" {
        spec.parent()
            .and_then(|p| p.file_name())
            .and_then(|s| s.to_str())
            .unwrap_or(stem)
    } else {
        stem
    };
    let name: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let name = name.trim_matches('-').to_owned();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("api-{name}")
    } else {
        name
    }
}
