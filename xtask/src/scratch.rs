//! Scratch workspaces (corpus, contract, semver, outside, bench): their manifests and lock
//! files, written so that they build with the project's profile and dependency versions.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result};

/// Which `[profile.*]` sections a scratch workspace carries.
#[derive(Clone, Copy)]
pub(crate) enum Profiles<'a> {
    /// The project's, read from the Cargo.toml under this root ([`dev_profile`]): with the
    /// same profile and lock file a scratch build reuses what `cargo test` already built.
    Project(&'a Path),
    /// Cargo's defaults, what a user building the crates gets (bench times those builds).
    Cargo,
}

/// A scratch workspace's manifest, written by `cargo xtask <command>`: its members and the
/// `profiles` it builds with.
pub(crate) fn workspace_manifest<M: std::fmt::Display>(
    profiles: Profiles<'_>,
    command: &str,
    members: impl IntoIterator<Item = M>,
) -> String {
    let mut manifest = format!(
        "# Scratch workspace written by `cargo xtask {command}`.\n[workspace]\nresolver = \"3\"\nmembers = [\n"
    );
    for m in members {
        let _ = writeln!(manifest, "  \"{m}\",");
    }
    manifest.push_str("]\n");
    if let Profiles::Project(root) = profiles {
        manifest.push_str(&dev_profile(root));
    }
    manifest
}

/// A scratch crate's manifest, written by `cargo xtask <command>`: the unpublished package
/// `name` with `dependencies` (a name and its TOML value: `"1"`, [`path_dependency`], …), in
/// the scratch workspace around it or, when `standalone`, a workspace of its own.
pub(crate) fn package_manifest(
    command: &str,
    name: &str,
    dependencies: &[(&str, String)],
    standalone: bool,
) -> String {
    let mut manifest = format!(
        "# Written by `cargo xtask {command}`; throwaway.\n[package]\nname = \"{name}\"\n\
         version = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n"
    );
    for (dependency, value) in dependencies {
        let _ = writeln!(manifest, "{dependency} = {value}");
    }
    if standalone {
        manifest.push_str("\n[workspace]\n");
    }
    manifest
}

/// The TOML value of a dependency on the crate in `dir`: `{ path = "…" }`.
pub(crate) fn path_dependency(dir: &Path) -> String {
    let path = toml::Value::String(dir.display().to_string());
    format!("{{ path = {path} }}")
}

/// The `[profile.*]` sections of the project's Cargo.toml, for scratch workspaces (corpus,
/// contract, semver, outside): with the same profile and lock file they reuse what `cargo test`
/// already built.
pub(crate) fn dev_profile(root: &Path) -> String {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap_or_default();
    let mut out = String::new();
    let mut in_profile = false;
    for line in manifest.lines() {
        if line.starts_with('[') {
            in_profile = line.starts_with("[profile.");
            if in_profile {
                out.push('\n');
            }
        }
        if in_profile {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Starts a scratch workspace from the project's lock file (same dependency versions).
pub(crate) fn seed_lock_file(root: &Path, scratch: &Path) -> Result<()> {
    let lock = scratch.join("Cargo.lock");
    if !lock.is_file() {
        std::fs::copy(root.join("Cargo.lock"), &lock).context("copying Cargo.lock")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{Profiles, package_manifest, path_dependency, workspace_manifest};

    #[test]
    fn the_manifest_lists_its_members_and_carries_the_projects_profiles() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let manifest =
            workspace_manifest(Profiles::Project(&root), "corpus", ["corpus-a", "corpus-b"]);
        assert!(
            manifest.starts_with(
                "# Scratch workspace written by `cargo xtask corpus`.\n[workspace]\n\
                 resolver = \"3\"\nmembers = [\n  \"corpus-a\",\n  \"corpus-b\",\n]\n"
            ),
            "{manifest}"
        );
        let parsed: toml::Table = toml::from_str(&manifest).expect("a TOML manifest");
        assert!(parsed.contains_key("profile"), "{manifest}");
    }

    #[test]
    fn a_workspace_with_cargos_profiles_has_no_profile_section() {
        let manifest = workspace_manifest(Profiles::Cargo, "bench", ["a"]);
        assert_eq!(
            manifest,
            "# Scratch workspace written by `cargo xtask bench`.\n[workspace]\n\
             resolver = \"3\"\nmembers = [\n  \"a\",\n]\n"
        );
    }

    #[test]
    fn a_package_manifest_names_its_dependencies_and_parses() {
        let dependencies = [
            ("serde", "\"1\"".to_owned()),
            ("civo", path_dependency(Path::new("/t/a\"b\\c"))),
        ];
        let manifest = package_manifest("contract", "contract-civo", &dependencies, true);
        let parsed: toml::Table = toml::from_str(&manifest).expect("a TOML manifest");
        assert_eq!(parsed["package"]["name"].as_str(), Some("contract-civo"));
        assert_eq!(parsed["package"]["publish"].as_bool(), Some(false));
        assert_eq!(parsed["dependencies"]["serde"].as_str(), Some("1"));
        let path = parsed["dependencies"]["civo"]["path"].as_str();
        assert_eq!(path, Some("/t/a\"b\\c"));
        assert!(parsed.contains_key("workspace"), "{manifest}");
        let member = package_manifest("contract", "contract-civo", &dependencies, false);
        assert!(!member.contains("[workspace]"), "{member}");
    }
}
