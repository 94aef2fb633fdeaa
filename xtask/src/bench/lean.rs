//! What per-tag features and a lean dependency tree buy a user (issue 16):
//! - `cargo check` of our crate with one tag's feature alone (`--no-default-features --features
//!   rustls,<tag>`) beside the whole crate (`--tags spec=tag,…`; every tag: `spec=all`, in
//!   `tagdist.rs`);
//! - the cold build of a program that depends on one generated crate (`--cold spec`): a fresh
//!   target directory, `cargo build`, its time and the number of crates compiled. Ours runs the
//!   crate's quickstart (one call); progenitor's builds its `Client` (a call needs names only its
//!   crate knows), with the same dependencies.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::scratch;

use super::{cargo, cpu_time, first_error, fmt_duration, fmt_wall_cpu, median, remove_dir};

/// The tag features measured by default: a tag a typical user of each API would pick.
pub(super) const DEFAULT_TAGS: &str = "api-github-com=issues,clever-cloud=applications";

/// `cargo check` of our crate with one tag's feature.
#[derive(Default)]
pub(super) struct TagCheck {
    pub tag: String,
    pub check: Vec<Duration>,
    pub check_cpu: Vec<Duration>,
    pub failed: Option<String>,
}

/// The `--tags` value that asks for every tag of a spec (`tagdist.rs`).
pub(super) const ALL: &str = "all";

/// `--tags spec=tag,…` read into (spec, tag) pairs; a tag of `all` ([`ALL`]) asks for every tag
/// of that spec. An entry without a spec or a tag is an error.
pub(super) fn parse_tags(list: &str) -> Result<Vec<(String, String)>> {
    list.split(',')
        .filter(|entry| !entry.trim().is_empty())
        .map(|entry| match entry.split_once('=') {
            Some((spec, tag)) if !spec.trim().is_empty() && !tag.trim().is_empty() => {
                Ok((spec.trim().to_owned(), tag.trim().to_owned()))
            }
            _ => anyhow::bail!("--tags: `{entry}` is not SPEC=TAG (or SPEC=all)"),
        })
        .collect()
}

/// Every spec a `--tags` entry names is one of the run's (`names`, the crate names of
/// `--specs`): a misspelt or missing one would otherwise be measured by nobody, silently.
pub(super) fn check_tag_specs(
    tags: &[(String, String)],
    names: &std::collections::BTreeSet<String>,
) -> Result<()> {
    for (spec, tag) in tags {
        if !names.contains(spec) {
            let known: Vec<&str> = names.iter().map(String::as_str).collect();
            anyhow::bail!(
                "--tags: `{spec}={tag}` names no spec of this run (its specs are named {})",
                known.join(", ")
            );
        }
    }
    Ok(())
}

/// Whether `--tags` asks for every tag of the spec named `spec`.
pub(super) fn wants_all(spec: &str, tags: &[(String, String)]) -> bool {
    tags.iter().any(|(s, t)| s == spec && t == ALL)
}

/// The one tag to measure for the spec named `spec`: its first entry that is not `all`.
pub(super) fn tag_for(spec: &str, tags: &[(String, String)]) -> Option<TagCheck> {
    let (_, tag) = tags.iter().find(|(s, t)| s == spec && t != ALL)?;
    Some(TagCheck::new(tag))
}

impl TagCheck {
    /// A tag feature not measured yet.
    pub(super) fn new(tag: &str) -> TagCheck {
        TagCheck {
            tag: tag.to_owned(),
            ..TagCheck::default()
        }
    }
}

/// One timed `cargo check -p package` with only `rustls` and the tag's feature (an empty tag:
/// `rustls` alone), after `cargo clean -p` (as the full crate's check).
pub(super) fn time_tag(
    check: &dyn Fn(&[&str]) -> Result<Output>,
    package: &str,
    tag: &mut TagCheck,
) -> Result<()> {
    if tag.failed.is_some() {
        return Ok(());
    }
    let features = match tag.tag.as_str() {
        "" => "rustls".to_owned(),
        one => format!("rustls,{one}"),
    };
    check(&["clean", "--quiet", "-p", package])?;
    let cpu = cpu_time();
    let started = Instant::now();
    let output = check(&[
        "check",
        "--quiet",
        "-p",
        package,
        "--no-default-features",
        "--features",
        &features,
    ])?;
    let elapsed = started.elapsed();
    let cpu = cpu_time().children.saturating_sub(cpu.children);
    if output.status.success() {
        tag.check.push(elapsed);
        tag.check_cpu.push(cpu);
    } else {
        tag.failed = Some(first_error(&String::from_utf8_lossy(&output.stderr)));
    }
    Ok(())
}

/// The table row of a tag's check against the full crate's.
pub(super) fn tag_row(
    spec: &str,
    tag: &TagCheck,
    full: (&[Duration], &[Duration]),
    target: f64,
) -> [String; 6] {
    let ours = match &tag.failed {
        Some(why) => format!("does not compile: {why}"),
        None => fmt_wall_cpu(&tag.check, &tag.check_cpu),
    };
    let ratio = match (median(&tag.check), median(full.0)) {
        (Some(t), Some(f)) if !f.is_zero() => Some(t.as_secs_f64() / f.as_secs_f64()),
        _ => None,
    };
    [
        format!("cargo check {spec}, feature `{}` only (vs full)", tag.tag),
        ours,
        fmt_wall_cpu(full.0, full.1),
        ratio.map_or_else(|| "—".into(), |r| format!("{r:.2}")),
        super::fmt_target(target),
        super::met(ratio, target),
    ]
}

/// A clean `cargo build` of a one-call program.
pub(super) struct ColdBuild {
    pub wall: Duration,
    pub cpu: Duration,
    /// `Compiling` lines: every crate built, the program included.
    pub crates: usize,
    pub failed: Option<String>,
}

/// What the program's `main.rs` does with the crate.
pub(super) enum Program {
    /// The crate's `examples/quickstart.rs` (ours: one call).
    Quickstart,
    /// Builds the crate's `Client` with `Client::new(base_url)` and prints its base URL through
    /// progenitor's `ClientInfo`; the program also depends on reqwest with its default features,
    /// since progenitor's crate turns reqwest's TLS off and an HTTPS call needs it (ours has it).
    ClientNew,
}

/// Builds a program depending on the crate in `krate` (package `package`) in a fresh target
/// directory under `bench_dir`, which is removed afterwards.
pub(super) fn cold_build(
    root: &Path,
    bench_dir: &Path,
    krate: &Path,
    package: &str,
    program: Program,
) -> Result<ColdBuild> {
    let dir = bench_dir.join(format!("cold/{package}"));
    write_program(root, &dir, krate, package, program)?;
    let target = bench_dir.join("cold-target");
    remove_dir(&target)?;
    let cpu = cpu_time();
    let started = Instant::now();
    let output = cargo()
        .args(["build", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .context("running cargo build")?;
    let wall = started.elapsed();
    let cpu = cpu_time().children.saturating_sub(cpu.children);
    remove_dir(&target)?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    Ok(ColdBuild {
        wall,
        cpu,
        crates: stderr
            .lines()
            .filter(|l| l.trim_start().starts_with("Compiling "))
            .count(),
        failed: (!output.status.success()).then(|| first_error(&stderr)),
    })
}

/// The program's manifest (its own workspace, the project's lock file) and `main.rs`.
fn write_program(
    root: &Path,
    dir: &Path,
    krate: &Path,
    package: &str,
    program: Program,
) -> Result<()> {
    remove_dir(dir)?;
    std::fs::create_dir_all(dir.join("src"))?;
    let mut dependencies = vec![(package, scratch::path_dependency(krate))];
    if let Program::ClientNew = program {
        dependencies.push(("reqwest", "\"0.13\"".to_owned()));
    }
    dependencies.push((
        "tokio",
        "{ version = \"1\", features = [\"macros\", \"rt\"] }".to_owned(),
    ));
    // A workspace of its own, with cargo's profiles: the build a user's first program gets.
    let manifest =
        scratch::package_manifest("bench", &format!("cold-{package}"), &dependencies, true);
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    crate::seed_lock_file(root, dir)?;
    let lib = package.replace('-', "_");
    let main = match program {
        Program::Quickstart => std::fs::read_to_string(krate.join("examples/quickstart.rs"))
            .with_context(|| format!("{} has no quickstart", krate.display()))?,
        Program::ClientNew => format!(
            "use {lib}::ClientInfo as _;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {{\n    \
             let client = {lib}::Client::new(\"https://api.example.com\");\n    \
             println!(\"{{}}\", client.baseurl());\n}}\n"
        ),
    };
    std::fs::write(dir.join("src/main.rs"), main)?;
    Ok(())
}

/// The table row of the cold builds, ours against progenitor's when there is one.
pub(super) fn cold_row(spec: &str, ours: &ColdBuild, theirs: Option<&ColdBuild>) -> [String; 6] {
    let cell = |b: &ColdBuild| match &b.failed {
        Some(why) => format!("failed: {why}"),
        None => format!(
            "{} (cpu {}), {} crates",
            fmt_duration(b.wall),
            fmt_duration(b.cpu),
            b.crates
        ),
    };
    let ratio = theirs
        .filter(|t| t.failed.is_none() && ours.failed.is_none())
        .map(|t| {
            let time = ours.wall.as_secs_f64() / t.wall.as_secs_f64();
            let crates = ours.crates as f64 / t.crates.max(1) as f64;
            (time, crates)
        });
    let met = ratio.map_or("—", |(t, c)| if t < 1.0 && c < 1.0 { "yes" } else { "no" });
    [
        format!("cold build of a one-call program on {spec} (vs progenitor)"),
        cell(ours),
        theirs.map_or_else(|| "not installed".into(), cell),
        ratio.map_or_else(|| "—".into(), |(t, c)| format!("{t:.2} (crates {c:.2})")),
        "< 1 (both)".into(),
        met.into(),
    ]
}

/// The crate folder of a generated crate, for the cold build.
pub(super) fn crate_dir(krate: &Option<(PathBuf, String)>) -> Option<(&Path, &str)> {
    krate.as_ref().map(|(d, p)| (d.as_path(), p.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_entry_must_name_a_spec_of_the_run() {
        let names: std::collections::BTreeSet<String> =
            ["clever-cloud".to_owned(), "civo".to_owned()].into();
        let tags = parse_tags("clever-cloud=all,civo=regions").unwrap();
        assert!(check_tag_specs(&tags, &names).is_ok());
        let tags = parse_tags("clever-cloud=all,clever=applications").unwrap();
        let err = check_tag_specs(&tags, &names).unwrap_err().to_string();
        assert!(err.contains("`clever=applications`"), "{err}");
        assert!(err.contains("civo, clever-cloud"), "{err}");
    }

    #[test]
    fn tags_parse_into_pairs_and_all_is_not_a_single_tag() {
        let tags =
            parse_tags("clever-cloud=all, api-github-com=issues,,clever-cloud=apps").unwrap();
        assert_eq!(tags.len(), 3);
        assert!(wants_all("clever-cloud", &tags));
        assert!(!wants_all("api-github-com", &tags));
        assert_eq!(tag_for("clever-cloud", &tags).unwrap().tag, "apps");
        assert_eq!(tag_for("api-github-com", &tags).unwrap().tag, "issues");
        let only_all = parse_tags("clever-cloud=all").unwrap();
        assert!(tag_for("clever-cloud", &only_all).is_none());
        assert!(parse_tags("clever-cloud").is_err());
        assert!(parse_tags("=issues").is_err());
        assert!(parse_tags("clever-cloud=").is_err());
    }
}
