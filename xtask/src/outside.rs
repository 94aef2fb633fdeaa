//! `cargo xtask outside`: a program outside the workspace depends on the four provider crates
//! by version, as a user's would, and uses each the way its README shows against a loopback
//! server.
//!
//! The generated crates, the runtime, auth and the mock crate (an optional dependency of every
//! generated crate, which Cargo resolves even when off) are packaged (`cargo package
//! --no-verify`) and unpacked into a temporary folder; the program's `Cargo.toml` asks for
//! `civo = "0.1"` and the others by version, and a `[patch.crates-io]` points those names at the
//! unpacked packages, so what is built is what would be published, resolved by version
//! requirements alone. Its sources are `tests/outside/readme-user/src/` (checked with rustfmt
//! here, since no workspace holds them). It builds offline into the workspace's target directory
//! (dependencies already built are reused), passes clippy with `-D warnings`, then runs against
//! [`server::Loopback`] on 127.0.0.1, which checks each provider's credentials and stops with
//! xtask.

mod server;

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use serde_json::Value;

use server::Loopback;

/// The provider crates the program uses, each with the tag features it needs (a user who calls
/// a few tags enables just those, as the crates' READMEs show; it keeps this step's build short).
const CLIENTS: [(&str, &str); 4] = [
    ("civo", r#"["rustls", "regions", "instances", "ssh-keys"]"#),
    ("clever-cloud", r#"["rustls", "self", "logs"]"#),
    ("docker-cloud", r#"["rustls", "services"]"#),
    (
        "camunda-cloud",
        r#"["rustls", "clusters", "zeebe-clients"]"#,
    ),
];
/// Every crate of this workspace the program needs, packaged.
const OURS: [&str; 7] = [
    "cloudsdk-auth",
    "cloudsdk-mock",
    "cloudsdk-runtime",
    "civo",
    "clever-cloud",
    "docker-cloud",
    "camunda-cloud",
];
/// The program's sources, relative to the repository.
const PROGRAM: &str = "tests/outside/readme-user/src";

pub(crate) fn run(root: &Path, args: &[String]) -> Result<bool> {
    let keep = match args {
        [] => false,
        [flag] if flag == "--keep" => true,
        _ => bail!("unexpected arguments {args:?}; usage: cargo xtask outside [--keep]"),
    };
    if !check_format(root)? {
        return Ok(false);
    }
    let Workspace { versions, target } = workspace(root)?;
    package(root)?;
    let dir = scratch_dir(root);
    let result = build_and_call(root, &target, &dir, &versions);
    if keep {
        eprintln!("outside: kept {}", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
    result
}

/// A folder in the system's temporary folder, the same for every run from this checkout (so its
/// builds in `target/` are replaced rather than piling up) and another for other checkouts.
fn scratch_dir(root: &Path) -> PathBuf {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    root.hash(&mut hasher);
    std::env::temp_dir().join(format!("cloudsdk-outside-{:016x}", hasher.finish()))
}

/// Unpacks the packages from `target/package`, then builds, lints and runs the program into
/// `target` (the workspace's target directory, wherever `CARGO_TARGET_DIR` or the config put it).
fn build_and_call(
    root: &Path,
    target: &Path,
    dir: &Path,
    versions: &[(String, String)],
) -> Result<bool> {
    let registry = dir.join("packages");
    if registry.exists() {
        std::fs::remove_dir_all(&registry)?;
    }
    std::fs::create_dir_all(&registry)?;
    for (name, version) in versions {
        unpack(target, &registry, name, version)?;
    }
    let app = dir.join("app");
    write_app(root, &app, &registry, versions)?;
    if !cargo(target, &app, &["build"])? {
        eprintln!(
            "outside: the program depending on the provider crates by version does not build"
        );
        return Ok(false);
    }
    // No workspace's `cargo clippy` reaches the program, so it is linted here, as strictly.
    if !cargo(
        target,
        &app,
        &["clippy", "--all-targets", "--", "-D", "warnings"],
    )? {
        eprintln!("outside: clippy warns about {PROGRAM}");
        return Ok(false);
    }
    call(&target.join("debug/cloudsdk-outside"))
}

/// `cargo <args>` on the program, offline, into the workspace's target directory; true when it
/// succeeded.
fn cargo(target: &Path, app: &Path, args: &[&str]) -> Result<bool> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let (command, rest) = args.split_first().context("a cargo command")?;
    let status = Command::new(cargo)
        .args([*command, "--offline", "--quiet", "--manifest-path"])
        .arg(app.join("Cargo.toml"))
        .args(rest)
        .env("CARGO_TARGET_DIR", target)
        .status()
        .with_context(|| format!("running cargo {command}"))?;
    Ok(status.success())
}

/// What `cargo metadata` says of the workspace: the version of each of [`OURS`] and the target
/// directory (where `cargo package` leaves its `.crate` files).
struct Workspace {
    versions: Vec<(String, String)>,
    target: PathBuf,
}

fn workspace(root: &Path) -> Result<Workspace> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "metadata",
            "--no-deps",
            "--offline",
            "--format-version",
            "1",
        ])
        .current_dir(root)
        .output()
        .context("running cargo metadata")?;
    if !output.status.success() {
        bail!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let metadata: Value = serde_json::from_slice(&output.stdout).context("cargo metadata")?;
    let target = metadata["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .context("cargo metadata names no target directory")?;
    let packages = metadata["packages"].as_array().context("no packages")?;
    let versions = OURS
        .iter()
        .map(|name| {
            let version = packages
                .iter()
                .find(|p| p["name"] == *name)
                .and_then(|p| p["version"].as_str())
                .with_context(|| format!("{name} is not a workspace member"))?;
            Ok(((*name).to_owned(), version.to_owned()))
        })
        .collect::<Result<_>>()?;
    Ok(Workspace { versions, target })
}

/// `cargo package` of [`OURS`] without the verification build (CI's `cargo package
/// --workspace` verifies); `--allow-dirty` since this checks the working tree as it is.
fn package(root: &Path) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["package", "--no-verify", "--allow-dirty", "--quiet"])
        .current_dir(root);
    for name in OURS {
        cmd.args(["-p", name]);
    }
    if !cmd.status().context("running cargo package")?.success() {
        bail!("cargo package failed");
    }
    Ok(())
}

/// Unpacks `<target>/package/<name>-<version>.crate` into `registry`. The files get the current
/// time (`-m`): a package's files all carry one fixed time, which would let Cargo take changed
/// sources for the ones it built before.
fn unpack(target: &Path, registry: &Path, name: &str, version: &str) -> Result<()> {
    let file = target.join(format!("package/{name}-{version}.crate"));
    let status = Command::new("tar")
        .arg("-xmzf")
        .arg(&file)
        .arg("-C")
        .arg(registry)
        .status()
        .context("running tar")?;
    if !status.success() {
        bail!("could not unpack {}", file.display());
    }
    Ok(())
}

/// The program: a `Cargo.toml` asking for the provider crates by version, patched to the
/// unpacked packages, with the workspace's profiles and lock file (same dependency versions),
/// and the sources from [`PROGRAM`].
fn write_app(
    root: &Path,
    app: &Path,
    registry: &Path,
    versions: &[(String, String)],
) -> Result<()> {
    std::fs::create_dir_all(app)?;
    std::fs::write(app.join("Cargo.toml"), manifest(root, registry, versions))?;
    let src = app.join("src");
    if src.exists() {
        std::fs::remove_dir_all(&src)?;
    }
    std::fs::create_dir_all(&src)?;
    for file in program_files(root)? {
        let name = file.file_name().context("a file name")?;
        std::fs::copy(&file, src.join(name))
            .with_context(|| format!("copying {}", file.display()))?;
    }
    crate::seed_lock_file(root, app)
}

/// The program's manifest: the provider crates by version with the tag features it calls, and
/// tokio; `[patch.crates-io]` pointing each of our crates at its unpacked package; a workspace
/// of its own with the project's profiles.
fn manifest(root: &Path, registry: &Path, versions: &[(String, String)]) -> String {
    let mut dependencies = Vec::new();
    let mut patch = String::new();
    for (name, version) in versions {
        let unpacked = registry.join(format!("{name}-{version}"));
        patch.push_str(&format!(
            "{name} = {}\n",
            crate::scratch::path_dependency(&unpacked)
        ));
        if let Some((client, features)) = CLIENTS.iter().find(|(client, _)| client == name) {
            let value = format!(
                "{{ version = {:?}, default-features = false, features = {features} }}",
                caret(version)
            );
            dependencies.push((*client, value));
        }
    }
    dependencies.push((
        "tokio",
        r#"{ version = "1", features = ["macros", "rt"] }"#.into(),
    ));
    let package =
        crate::scratch::package_manifest("outside", "cloudsdk-outside", &dependencies, false);
    format!(
        "{package}\n[patch.crates-io]\n{patch}\n[workspace]\n{}",
        crate::dev_profile(root)
    )
}

/// The `.rs` files of [`PROGRAM`].
fn program_files(root: &Path) -> Result<Vec<PathBuf>> {
    let dir = root.join(PROGRAM);
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// `rustfmt --check` of the program's sources, which no workspace's `cargo fmt` reaches.
fn check_format(root: &Path) -> Result<bool> {
    let status = Command::new("rustfmt")
        .args(["--check", "--edition", "2024"])
        .args(program_files(root)?)
        .status()
        .context("running rustfmt")?;
    if !status.success() {
        eprintln!("outside: {PROGRAM} is not formatted (run rustfmt --edition 2024 on it)");
    }
    Ok(status.success())
}

/// The requirement a user writes for `version`: `0.1` for 0.1.x, `2` for 2.x.
fn caret(version: &str) -> String {
    let mut parts = version.split('.');
    match (parts.next(), parts.next()) {
        (Some("0"), Some(minor)) => format!("0.{minor}"),
        (Some(major), _) => major.to_owned(),
        (None, _) => version.to_owned(),
    }
}

/// Runs the program against a [`Loopback`] server; true when it printed every expected line and
/// the server answered every expected request with the right credentials.
fn call(program: &Path) -> Result<bool> {
    let server = Loopback::start()?;
    let url = server.url();
    let output = Command::new(program)
        .env("CIVO_TOKEN", server::CIVO_TOKEN)
        .env("CIVO_BASE_URL", &url)
        .env("CLEVER_API_TOKEN", server::CLEVER_API_TOKEN)
        .env("CLEVER_CLOUD_BASE_URL", &url)
        .env("DOCKERCLOUD_USER", server::DOCKER_USER)
        .env("DOCKERCLOUD_APIKEY", server::DOCKER_APIKEY)
        .env("DOCKER_CLOUD_BASE_URL", &url)
        .env("CAMUNDA_CONSOLE_CLIENT_ID", server::CAMUNDA_CLIENT_ID)
        .env(
            "CAMUNDA_CONSOLE_CLIENT_SECRET",
            server::CAMUNDA_CLIENT_SECRET,
        )
        .env("CAMUNDA_OAUTH_URL", format!("{url}/oauth/token"))
        .env("CAMUNDA_CONSOLE_BASE_URL", &url)
        .output()
        .with_context(|| format!("running {}", program.display()));
    let seen = server.stop();
    let output = output?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let missing_lines = server::EXPECTED_LINES
        .iter()
        .filter(|line| !stdout.lines().any(|l| l == **line));
    let missing_requests = server::EXPECTED_REQUESTS
        .iter()
        .filter(|request| !seen.iter().any(|s| s == *request));
    let missing: Vec<&str> = missing_lines.chain(missing_requests).copied().collect();
    let ok = output.status.success() && missing.is_empty();
    if ok {
        println!(
            "outside: a crate outside the workspace built against the four provider crates by \
             version and used each as its README shows"
        );
    } else {
        eprintln!(
            "outside: the program failed ({}), missing {missing:?}:\n{stdout}{}\nthe server saw:\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr),
            seen.join("\n")
        );
    }
    Ok(ok)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{caret, manifest};

    /// The manifest parses, asks for a provider crate by the requirement a user writes with
    /// the program's features, and patches it to its unpacked package however odd the path.
    #[test]
    fn the_manifest_patches_our_crates_to_their_packages() {
        let registry = Path::new(r#"/t/a"b\c"#);
        let versions = [
            ("civo".to_owned(), "0.1.0".to_owned()),
            ("cloudsdk-runtime".to_owned(), "0.1.0".to_owned()),
        ];
        let text = manifest(Path::new("/nonexistent"), registry, &versions);
        let doc: toml::Table = text.parse().expect("a TOML manifest");
        let civo = &doc["dependencies"]["civo"];
        assert_eq!(civo["version"].as_str(), Some("0.1"));
        assert_eq!(civo["default-features"].as_bool(), Some(false));
        assert!(civo["features"].as_array().is_some_and(|f| !f.is_empty()));
        assert!(doc["dependencies"].get("cloudsdk-runtime").is_none());
        let patched = &doc["patch"]["crates-io"]["cloudsdk-runtime"]["path"];
        assert_eq!(patched.as_str(), Some(r#"/t/a"b\c/cloudsdk-runtime-0.1.0"#));
        assert!(doc.contains_key("workspace"));
    }

    #[test]
    fn requirements_are_what_a_user_writes() {
        assert_eq!(caret("0.1.0"), "0.1");
        assert_eq!(caret("0.12.3"), "0.12");
        assert_eq!(caret("2.0.1"), "2");
    }
}
