//! Scratch workspaces (corpus, contract, semver, outside, bench): their manifests and lock
//! files, written so that they build with the project's profile and dependency versions.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result};

/// A scratch workspace's manifest, written by `cargo xtask <command>`: its members and the
/// project's profiles ([`dev_profile`]).
pub(crate) fn workspace_manifest<M: std::fmt::Display>(
    root: &Path,
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
    manifest.push_str(&dev_profile(root));
    manifest
}

/// The `[profile.*]` sections of the project's Cargo.toml, for scratch workspaces (corpus,
/// contract): with the same profile and lock file they reuse what `cargo test` already built.
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

    use super::workspace_manifest;

    #[test]
    fn the_manifest_lists_its_members_and_carries_the_projects_profiles() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let manifest = workspace_manifest(&root, "corpus", ["corpus-a", "corpus-b"]);
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
}
