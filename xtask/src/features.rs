//! `cargo xtask features [--check] [CRATE_DIR…]`: every tag feature of a generated crate
//! compiles clippy-clean on its own. For each crate (default: every one under `generated/`) it
//! runs `cargo clippy --no-default-features --features rustls` with no tag feature and with each
//! tag feature alone (the entries of `full`), warnings denied, keeps going past failures and
//! prints a table; any failure fails the run.
//!
//! `cargo xtask features --why SPEC [FEATURE]` prints why each type of SPEC's crate is compiled
//! when it is (`model::features::reasons`): always (and what reaches it), under which tags and
//! through which operation, or with `full` only; with FEATURE, only what that tag compiles.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::model::features::{Reason, reasons};
use cloudsdk_codegen::{Options, read_model};

/// One crate to check: its folder, package name and tag features.
struct Target {
    dir: PathBuf,
    package: String,
    tags: Vec<String>,
}

/// One cargo run: which features, how long, and the first error when it failed.
struct Outcome {
    package: String,
    features: String,
    took: Duration,
    error: Option<String>,
}

pub fn run(root: &Path, args: &[String]) -> Result<bool> {
    if let Some(rest) = args.strip_prefix(&[String::from("--why")]) {
        return why(rest);
    }
    let mut check = false;
    let mut dirs = Vec::new();
    for arg in args {
        match arg.as_str() {
            "--check" => check = true,
            other if other.starts_with("--") => bail!("unknown option `{other}`"),
            other => dirs.push(PathBuf::from(other)),
        }
    }
    if dirs.is_empty() {
        dirs = generated_crates(&root.join("generated"))?;
    }
    let targets = dirs.iter().map(|d| target(d)).collect::<Result<Vec<_>>>()?;
    let mut outcomes = Vec::new();
    for t in &targets {
        let mut sets = vec![String::from("rustls")];
        sets.extend(t.tags.iter().map(|tag| format!("rustls,{tag}")));
        for features in sets {
            eprintln!("features: {} --features {features}", t.package);
            outcomes.push(one(root, t, &features, check)?);
        }
    }
    Ok(print(&outcomes))
}

/// `--why SPEC [FEATURE]`: each type's reason, and a count of what is always compiled.
fn why(args: &[String]) -> Result<bool> {
    let (spec, feature) = match args {
        [spec] => (spec, None),
        [spec, feature] => (spec, Some(feature.as_str())),
        _ => bail!("--why takes a spec and optionally one tag feature"),
    };
    let options = Options::new("why", Dependencies::Workspace);
    let modelled = read_model(Path::new(spec), &options).map_err(|d| anyhow::anyhow!("{d}"))?;
    let groups = &modelled.api.groups;
    if let Some(f) = feature {
        if !groups.iter().any(|g| g.feature.as_deref() == Some(f)) {
            let names: Vec<&str> = groups.iter().filter_map(|g| g.feature.as_deref()).collect();
            bail!("`{f}` is not a tag feature of {spec}; its tag features: {names:?}");
        }
    }
    let reasons = reasons(&modelled.api);
    let mut kept = 0;
    let mut agree = true;
    for ((name, reason), def) in reasons.iter().zip(&modelled.api.types) {
        if !agrees(reason, &def.features) {
            eprintln!(
                "{name}: the reason disagrees with its features {:?}",
                def.features
            );
            agree = false;
        }
        kept += usize::from(always(reason));
        if compiles(feature, reason) {
            println!("{name}: {reason}");
        }
    }
    println!("{} types, {kept} always compiled", reasons.len());
    Ok(agree)
}

/// Whether a type kept for `reason` is compiled with only `feature` (a tag feature; `None`: the
/// whole crate, `full`).
pub(crate) fn compiles(feature: Option<&str>, reason: &Reason) -> bool {
    match (feature, reason) {
        (None, _) => true,
        (Some(_), r) if always(r) => true,
        (Some(f), Reason::Groups(by)) => by.iter().any(|(g, _)| g == f),
        (Some(_), _) => false,
    }
}

/// Whether a reason keeps its type compiled whatever the features.
pub(crate) fn always(reason: &Reason) -> bool {
    matches!(
        reason,
        Reason::ErrorBody | Reason::Untagged(_) | Reason::EveryGroup | Reason::NoTagFeatures
    )
}

/// Whether a reason says what the model's features for the type say.
fn agrees(reason: &Reason, features: &[String]) -> bool {
    match reason {
        r if always(r) => features.is_empty(),
        Reason::Groups(by) => by.iter().map(|(f, _)| f).eq(features.iter()),
        Reason::Unreached => features == ["full"],
        _ => false,
    }
}

/// Every crate folder under `generated/`, sorted.
fn generated_crates(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.join("Cargo.toml").is_file() {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// The package name and the tag features (the entries of `full`) of the crate in `dir`.
fn target(dir: &Path) -> Result<Target> {
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)
        .with_context(|| format!("reading {}", manifest.display()))?;
    let value: toml::Table =
        toml::from_str(&text).with_context(|| format!("parsing {}", manifest.display()))?;
    let package = value
        .get("package")
        .and_then(|p| p.get("name"))
        .and_then(|n| n.as_str())
        .with_context(|| format!("{}: no package.name", manifest.display()))?;
    let full = value
        .get("features")
        .and_then(|f| f.get("full"))
        .and_then(|f| f.as_array())
        .with_context(|| format!("{}: no features.full list", manifest.display()))?;
    let tags = full
        .iter()
        .map(|t| t.as_str().map(str::to_owned))
        .collect::<Option<Vec<_>>>()
        .with_context(|| format!("{}: features.full holds a non-string", manifest.display()))?;
    Ok(Target {
        dir: dir.to_path_buf(),
        package: package.to_owned(),
        tags,
    })
}

/// `cargo clippy` (or `check`) of the crate's library with only `features`.
fn one(root: &Path, t: &Target, features: &str, check: bool) -> Result<Outcome> {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.arg(if check { "check" } else { "clippy" })
        .arg("--manifest-path")
        .arg(t.dir.join("Cargo.toml"))
        .args(["--lib", "--quiet", "--no-default-features", "--features"])
        .arg(features)
        // Generated crates outside the project's workspace (`target/corpus`) share its target.
        .env("CARGO_TARGET_DIR", root.join("target"));
    if !check {
        cmd.args(["--", "-D", "warnings"]);
    }
    let started = Instant::now();
    let output = cmd.output().context("running cargo")?;
    let took = started.elapsed();
    let error = (!output.status.success()).then(|| first_error(&output.stderr));
    Ok(Outcome {
        package: t.package.clone(),
        features: features.to_owned(),
        took,
        error,
    })
}

/// The first `error` or `warning` block of cargo's output, a few lines of it.
fn first_error(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let start = text
        .find("error")
        .or_else(|| text.find("warning"))
        .unwrap_or(0);
    text[start..].lines().take(8).collect::<Vec<_>>().join("\n")
}

/// The table, failures in full; whether every run passed.
fn print(outcomes: &[Outcome]) -> bool {
    println!("| crate | features | seconds | result |\n|---|---|---|---|");
    for o in outcomes {
        let result = if o.error.is_some() { "FAILED" } else { "ok" };
        println!(
            "| {} | {} | {:.1} | {result} |",
            o.package,
            o.features,
            o.took.as_secs_f64()
        );
    }
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| o.error.is_some()).collect();
    let total: Duration = outcomes.iter().map(|o| o.took).sum();
    println!(
        "\n{} runs, {} failed, {:.0} s",
        outcomes.len(),
        failed.len(),
        total.as_secs_f64()
    );
    for o in &failed {
        let error = o.error.as_deref().unwrap_or_default();
        eprintln!("\n{} --features {}:\n{error}", o.package, o.features);
    }
    failed.is_empty()
}
