//! One cargo run over the scratch workspace (`check`, or `clippy --all-targets -D warnings`), with
//! `--keep-going` so that one failing crate does not hide the others, and what its JSON messages
//! say about each crate: the targets built, the errors and warnings.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};
use serde_json::Value;

/// What cargo reported about one crate.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Crate {
    pub(super) errors: usize,
    pub(super) warnings: usize,
    /// The first error, its first lines joined.
    pub(super) first_error: String,
    /// Targets with a `compiler-artifact` message: `lib`, `example quickstart`…
    pub(super) built: BTreeSet<String>,
}

/// The outcome of the cargo run.
pub(super) struct Built {
    /// By crate (package folder) name.
    pub(super) crates: BTreeMap<String, Crate>,
    /// Whether cargo exited successfully, and its stderr.
    pub(super) success: bool,
    pub(super) stderr: String,
}

/// Builds `members` of the workspace at `scratch` (nothing to do without members).
pub(super) fn build(root: &Path, scratch: &Path, members: &[&str], clippy: bool) -> Result<Built> {
    if members.is_empty() {
        return Ok(Built {
            crates: BTreeMap::new(),
            success: true,
            stderr: String::new(),
        });
    }
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.arg(if clippy { "clippy" } else { "check" })
        .args([
            "--workspace",
            "--keep-going",
            "--quiet",
            "--message-format",
            "json",
        ])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", root.join("target"))
        // Hundreds of crates checked once: incremental caches would only fill the disk (about
        // 6 GB for the APIs.guru folder) and slow the run.
        .env("CARGO_INCREMENTAL", "0");
    if clippy {
        // `mock`: the generated test doubles are linted too (every member has the feature).
        cmd.args([
            "--all-targets",
            "--features",
            "mock",
            "--",
            "-D",
            "warnings",
        ]);
    }
    let output = cmd.output().context("running cargo")?;
    Ok(Built {
        crates: read_messages(&String::from_utf8_lossy(&output.stdout)),
        success: output.status.success(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

/// Cargo's JSON messages (one a line), per crate.
fn read_messages(stdout: &str) -> BTreeMap<String, Crate> {
    let mut crates: BTreeMap<String, Crate> = BTreeMap::new();
    for line in stdout.lines() {
        let Ok(msg) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let Some(krate) = crate_of(&msg) else {
            continue;
        };
        let entry = crates.entry(krate).or_default();
        match msg.get("reason").and_then(Value::as_str) {
            Some("compiler-artifact") => {
                if let Some(target) = target_of(&msg) {
                    entry.built.insert(target);
                }
            }
            Some("compiler-message") => {
                let text = msg
                    .pointer("/message/rendered")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .trim();
                match msg.pointer("/message/level").and_then(Value::as_str) {
                    Some("error") => {
                        entry.errors += 1;
                        if entry.first_error.is_empty() {
                            entry.first_error =
                                text.lines().take(3).collect::<Vec<_>>().join(" / ");
                        }
                    }
                    Some("warning") => entry.warnings += 1,
                    _ => {}
                }
            }
            _ => {}
        }
    }
    crates
}

/// The crate a message is about: its package folder's name (the scratch crates' folders are
/// named after them). Dependencies outside the workspace count too, harmlessly.
fn crate_of(msg: &Value) -> Option<String> {
    let manifest = Path::new(msg.get("manifest_path")?.as_str()?);
    Some(manifest.parent()?.file_name()?.to_str()?.to_owned())
}

/// `lib`, or `<kind> <source file stem>` for other targets (`example quickstart` for
/// `examples/quickstart.rs`, whatever the manifest names the target).
fn target_of(msg: &Value) -> Option<String> {
    let kind = msg.pointer("/target/kind/0")?.as_str()?;
    if kind == "lib" {
        return Some("lib".to_owned());
    }
    let source = Path::new(msg.pointer("/target/src_path")?.as_str()?);
    Some(format!("{kind} {}", source.file_stem()?.to_str()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_sorted_by_crate_and_target() {
        let stdout = r#"
{"reason":"compiler-artifact","manifest_path":"/t/corpus/corpus-a/Cargo.toml","target":{"kind":["lib"],"name":"corpus_a"},"fresh":true}
{"reason":"compiler-message","manifest_path":"/t/corpus/corpus-a/Cargo.toml","target":{"kind":["example"],"name":"quickstart"},"message":{"level":"error","rendered":"error: unused variable\n --> x\n  |\nmore"}}
{"reason":"compiler-message","manifest_path":"/t/corpus/corpus-a/Cargo.toml","target":{"kind":["example"],"name":"quickstart"},"message":{"level":"error","rendered":"error: second"}}
{"reason":"compiler-message","manifest_path":"/t/corpus/corpus-b/Cargo.toml","target":{"kind":["lib"],"name":"corpus_b"},"message":{"level":"warning","rendered":"warning: w"}}
{"reason":"compiler-artifact","manifest_path":"/t/corpus/corpus-b/Cargo.toml","target":{"kind":["lib"],"name":"corpus_b"}}
{"reason":"compiler-artifact","manifest_path":"/t/corpus/corpus-b/Cargo.toml","target":{"kind":["example"],"name":"corpus-b-quickstart","src_path":"/t/corpus/corpus-b/examples/quickstart.rs"}}
not json
{"reason":"build-finished","success":false}
"#;
        let crates = read_messages(stdout);
        let a = &crates["corpus-a"];
        assert_eq!((a.errors, a.warnings), (2, 0));
        assert_eq!(a.first_error, "error: unused variable /  --> x /   |");
        assert_eq!(a.built, BTreeSet::from(["lib".to_owned()]));
        let b = &crates["corpus-b"];
        assert_eq!((b.errors, b.warnings), (0, 1));
        assert_eq!(
            b.built,
            BTreeSet::from(["lib".to_owned(), "example quickstart".to_owned()])
        );
        assert_eq!(crates.len(), 2);
    }
}
