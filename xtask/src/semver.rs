//! `cargo xtask semver [KIND…]`: for each spec pair in `codegen/tests/fixtures/changes/`, our
//! verdict (breaking or not, from the summaries' diff) against cargo-semver-checks' on the two
//! generated crates. Both sides are generated into scratch workspaces under `target/semver/`,
//! documented once each as rustdoc JSON (one target dir, so dependencies build once), and each
//! pair's JSON files are handed to `cargo semver-checks check-release`. Prints a table; fails on
//! any disagreement, or when the tool fails on a pair.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::summary::{self, Bump};
use cloudsdk_codegen::write::write;
use cloudsdk_codegen::{Options, generate};

/// The two sides of a pair.
const SIDES: [&str; 2] = ["old", "new"];

/// What cargo-semver-checks said about one pair.
struct Theirs {
    breaking: bool,
    /// The lints that failed, by name.
    lints: Vec<String>,
}

pub(crate) fn run(root: &Path, args: &[String]) -> Result<bool> {
    let Some(tool) = find_tool(root) else {
        println!(
            "cargo-semver-checks is not installed; skipping. Install it with\n  \
             cargo install cargo-semver-checks --locked --root target/tools"
        );
        return Ok(std::env::var_os("CLOUDSDK_REQUIRE_SEMVER_CHECKS").is_none());
    };
    let fixtures = root.join("codegen/tests/fixtures/changes");
    let kinds = if args.is_empty() {
        let mut kinds = Vec::new();
        for entry in std::fs::read_dir(&fixtures).context("reading the change fixtures")? {
            kinds.push(entry?.file_name().to_string_lossy().into_owned());
        }
        kinds.sort();
        kinds
    } else {
        args.to_vec()
    };
    let scratch = root.join("target/semver");
    for side in SIDES {
        document(root, &scratch, &fixtures, &kinds, side)?;
    }
    let mut table = String::from(
        "| change | ours | cargo-semver-checks | its failed lints | agree |\n|---|---|---|---|---|\n",
    );
    let mut all_agree = true;
    for kind in &kinds {
        let ours = our_verdict(&fixtures.join(kind))?;
        let theirs = check(&tool, &scratch, kind)?;
        let agree = (ours == Bump::Major) == theirs.breaking;
        all_agree &= agree;
        let word = |breaking: bool| if breaking { "breaking" } else { "not breaking" };
        let lints = if theirs.lints.is_empty() {
            "-".to_owned()
        } else {
            theirs.lints.join(", ")
        };
        let _ = writeln!(
            table,
            "| {kind} | {} | {} | {lints} | {} |",
            word(ours == Bump::Major),
            word(theirs.breaking),
            if agree { "yes" } else { "**no**" }
        );
    }
    let version = tool_version(&tool);
    println!("{table}\n{} pairs, {version}", kinds.len());
    std::fs::write(scratch.join("table.md"), &table).context("writing target/semver/table.md")?;
    if !all_agree {
        eprintln!("our verdict and cargo-semver-checks' disagree (see the table)");
    }
    Ok(all_agree)
}

/// `target/tools/bin/cargo-semver-checks`, else one on the `PATH`.
fn find_tool(root: &Path) -> Option<PathBuf> {
    let local = root.join("target/tools/bin/cargo-semver-checks");
    let candidates = [local, PathBuf::from("cargo-semver-checks")];
    candidates.into_iter().find(|tool| {
        Command::new(tool)
            .args(["semver-checks", "--version"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

fn tool_version(tool: &Path) -> String {
    Command::new(tool)
        .args(["semver-checks", "--version"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// The package name of a pair's crates.
fn package(kind: &str) -> String {
    format!("change-{}", kind.replace('_', "-"))
}

/// Our verdict: the bump the diff of the two summaries calls for.
fn our_verdict(dir: &Path) -> Result<Bump> {
    let mut summaries = Vec::new();
    for side in SIDES {
        let path = dir.join(format!("{side}.yaml"));
        let Some(s) = crate::release::summarize(&path, "pets")? else {
            bail!("{} cannot be read", path.display());
        };
        summaries.push(s);
    }
    Ok(summary::bump(&summary::diff(&summaries[0], &summaries[1])))
}

/// Generates one side of every pair into `scratch/<side>/` (a workspace) and documents it as
/// rustdoc JSON, copied to `scratch/json/<side>/`.
fn document(
    root: &Path,
    scratch: &Path,
    fixtures: &Path,
    kinds: &[String],
    side: &str,
) -> Result<()> {
    let workspace = scratch.join(side);
    let runtime = root.join("runtime").display().to_string();
    let mut members = Vec::new();
    for kind in kinds {
        let name = package(kind);
        let spec = fixtures.join(kind).join(format!("{side}.yaml"));
        let options = Options::new(
            name.clone(),
            Dependencies::Member {
                runtime_path: runtime.clone(),
            },
        );
        let generated =
            generate(&spec, &options).map_err(|d| anyhow::anyhow!("{}: {d}", spec.display()))?;
        write(&workspace.join(&name), &generated.files, false)?;
        members.push(name);
    }
    let manifest = crate::scratch::workspace_manifest(
        crate::scratch::Profiles::Project(root),
        "semver",
        &members,
    );
    std::fs::write(workspace.join("Cargo.toml"), manifest)?;
    crate::seed_lock_file(root, &workspace)?;
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["doc", "--workspace", "--no-deps", "--lib", "--quiet"])
        .current_dir(&workspace)
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .env("CARGO_INCREMENTAL", "0")
        // Rustdoc's JSON output is unstable; cargo-semver-checks reads it the same way.
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUSTDOCFLAGS", "-Z unstable-options --output-format json")
        .status()
        .context("running cargo doc")?;
    if !status.success() {
        bail!("cargo doc failed on {}", workspace.display());
    }
    let json = scratch.join("json").join(side);
    std::fs::create_dir_all(&json)?;
    for kind in kinds {
        let file = format!("{}.json", package(kind).replace('-', "_"));
        std::fs::copy(scratch.join("target/doc").join(&file), json.join(&file))
            .with_context(|| format!("copying the rustdoc JSON {file}"))?;
    }
    Ok(())
}

/// cargo-semver-checks on one pair's rustdoc JSON files.
fn check(tool: &Path, scratch: &Path, kind: &str) -> Result<Theirs> {
    let file = format!("{}.json", package(kind).replace('-', "_"));
    let output = Command::new(tool)
        .args([
            "semver-checks",
            "check-release",
            "--color",
            "never",
            "--baseline-rustdoc",
        ])
        .arg(scratch.join("json/old").join(&file))
        .arg("--current-rustdoc")
        .arg(scratch.join("json/new").join(&file))
        .output()
        .context("running cargo-semver-checks")?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let lints: Vec<String> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("--- failure "))
        .filter_map(|l| l.split(':').next())
        .map(str::to_owned)
        .collect();
    let breaking = text.contains("requires new major version");
    // Anything but a clean pass or a report of failed checks is the tool failing.
    if !output.status.success() && !text.contains("Summary") {
        bail!("cargo-semver-checks failed on {kind}:\n{text}");
    }
    Ok(Theirs { breaking, lints })
}
