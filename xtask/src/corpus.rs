//! `cargo xtask corpus [--clippy] [DIR…]`: generate every API description under the given folders
//! into one scratch workspace, check it once, and print a table.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::write::write;
use cloudsdk_codegen::{Options, generate};

struct Row {
    spec: String,
    version: String,
    operations: usize,
    types: usize,
    millis: u128,
    lines: usize,
    warnings: usize,
    krate: Option<String>,
    outcome: Outcome,
}

enum Outcome {
    NotAnApi(String),
    GenerateFailed(String),
    Generated,
}

/// Files under `dir` that may be API descriptions (entry documents only: files that another
/// file pulls in with `$ref` are parts, not entries).
pub(crate) fn entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).with_context(|| format!("reading {}", d.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("json" | "yaml" | "yml")
            ) {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut parts = BTreeSet::new();
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        for target in external_refs(&text) {
            if let Some(parent) = file.parent() {
                if let Ok(p) = parent.join(&target).canonicalize() {
                    parts.insert(p);
                }
            }
        }
    }
    Ok(files
        .into_iter()
        .filter(|f| {
            f.canonicalize()
                .map(|c| !parts.contains(&c))
                .unwrap_or(true)
        })
        .collect())
}

/// The file parts of `$ref` values that point to other files.
fn external_refs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("$ref") {
        rest = &rest[i + 4..];
        let value: String = rest
            .trim_start_matches(|c: char| c == '"' || c == '\'' || c == ':' || c.is_whitespace())
            .chars()
            .take_while(|c| !matches!(c, '"' | '\'' | '\n' | '}' | ',' | '#'))
            .collect();
        let value = value.trim();
        if !value.is_empty() && !value.starts_with("http") {
            out.push(value.to_owned());
        }
    }
    out
}

pub(crate) fn version_of(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let value: serde_json::Value = if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text).ok()?
    } else {
        serde_yaml::from_str(&text).ok()?
    };
    // A document without `info` is a fragment (paths meant to be merged elsewhere), not an API.
    value.get("info")?;
    if let Some(v) = value.get("openapi").and_then(|v| v.as_str()) {
        return Some(format!("OpenAPI {v}"));
    }
    value
        .get("swagger")
        .and_then(|v| v.as_str())
        .map(|v| format!("Swagger {v}"))
}

pub fn run(root: &Path, args: &[String]) -> Result<bool> {
    let clippy = args.iter().any(|a| a == "--clippy");
    let mut dirs: Vec<PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    if dirs.is_empty() {
        dirs.push(root.join("../shared/corpus"));
    }
    let scratch = root.join("target/corpus");
    std::fs::create_dir_all(&scratch)?;
    let runtime = root.join("runtime").canonicalize()?;
    let mut rows = Vec::new();
    let mut names = BTreeSet::new();
    for dir in &dirs {
        let base = dir
            .canonicalize()
            .with_context(|| format!("{} does not exist", dir.display()))?;
        for file in entries(&base)? {
            let shown = file
                .strip_prefix(&base)
                .unwrap_or(&file)
                .display()
                .to_string();
            let Some(version) = version_of(&file) else {
                rows.push(Row {
                    spec: shown,
                    version: "-".into(),
                    operations: 0,
                    types: 0,
                    millis: 0,
                    lines: 0,
                    warnings: 0,
                    krate: None,
                    outcome: Outcome::NotAnApi(
                        "no `openapi`/`swagger` version or no `info`".into(),
                    ),
                });
                continue;
            };
            let mut name = format!(
                "corpus-{}",
                shown
                    .trim_end_matches(".json")
                    .trim_end_matches(".yaml")
                    .trim_end_matches(".yml")
            )
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>();
            while !names.insert(name.clone()) {
                name.push('x');
            }
            let started = Instant::now();
            let mut options = Options::new(
                name.clone(),
                Dependencies::Member {
                    runtime_path: runtime.display().to_string(),
                },
            );
            // The folder given is where the corpus's external `$ref`s may read.
            options.ref_root = Some(base.clone());
            let result = generate(&file, &options);
            let millis = started.elapsed().as_millis();
            match result {
                Ok(g) => {
                    write(&scratch.join(&name), &g.files, false)?;
                    rows.push(Row {
                        spec: shown,
                        version,
                        operations: g.stats.operations,
                        types: g.stats.types,
                        millis,
                        lines: g.stats.lines,
                        warnings: g.warnings.len(),
                        krate: Some(name),
                        outcome: Outcome::Generated,
                    });
                }
                Err(d) => rows.push(Row {
                    spec: shown,
                    version,
                    operations: 0,
                    types: 0,
                    millis,
                    lines: 0,
                    warnings: 0,
                    krate: None,
                    outcome: Outcome::GenerateFailed(
                        d.to_string().lines().next().unwrap_or_default().to_owned(),
                    ),
                }),
            }
        }
    }
    let members: Vec<&str> = rows.iter().filter_map(|r| r.krate.as_deref()).collect();
    let mut manifest = String::from(
        "# Scratch workspace written by `cargo xtask corpus`.\n[workspace]\nresolver = \"3\"\nmembers = [\n",
    );
    for m in &members {
        let _ = writeln!(manifest, "  \"{m}\",");
    }
    manifest.push_str("]\n");
    manifest.push_str(&crate::dev_profile(root));
    std::fs::write(scratch.join("Cargo.toml"), manifest)?;
    crate::seed_lock_file(root, &scratch)?;
    // Remove crates of earlier runs that are not members any more.
    for entry in std::fs::read_dir(&scratch)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if path.is_dir() && name.starts_with("corpus-") && !members.contains(&name.as_str()) {
            std::fs::remove_dir_all(&path)?;
        }
    }

    let mut errors: BTreeMap<String, (usize, usize, String)> = BTreeMap::new();
    let check_started = Instant::now();
    if !members.is_empty() {
        let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        cmd.arg(if clippy { "clippy" } else { "check" })
            .args(["--workspace", "--quiet", "--message-format", "json"])
            .current_dir(&scratch)
            .env("CARGO_TARGET_DIR", root.join("target"));
        if clippy {
            cmd.args(["--", "-D", "warnings"]);
        }
        let output = cmd.output().context("running cargo")?;
        for line in String::from_utf8_lossy(&output.stdout).lines() {
            let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if msg.get("reason").and_then(|r| r.as_str()) != Some("compiler-message") {
                continue;
            }
            let Some(target) = msg.pointer("/target/name").and_then(|t| t.as_str()) else {
                continue;
            };
            let level = msg
                .pointer("/message/level")
                .and_then(|l| l.as_str())
                .unwrap_or("");
            let text = msg
                .pointer("/message/rendered")
                .and_then(|l| l.as_str())
                .unwrap_or("")
                .trim()
                .to_owned();
            let entry = errors
                .entry(target.replace('_', "-"))
                .or_insert((0, 0, String::new()));
            match level {
                "error" => {
                    entry.0 += 1;
                    if entry.2.is_empty() {
                        entry.2 = text.lines().take(3).collect::<Vec<_>>().join(" / ");
                    }
                }
                "warning" => entry.1 += 1,
                _ => {}
            }
        }
        if !output.status.success() && errors.values().all(|e| e.0 == 0) {
            eprintln!("{}", String::from_utf8_lossy(&output.stderr));
        }
    }
    let check_secs = check_started.elapsed().as_secs_f64();

    let mut failed = 0;
    println!(
        "| spec | format | operations | types | generate ms | lines | warnings | {} | first error |",
        if clippy { "clippy" } else { "compiles" }
    );
    println!("|---|---|---:|---:|---:|---:|---:|---|---|");
    for r in &rows {
        let (status, first) = match &r.outcome {
            Outcome::NotAnApi(why) => ("not an API description".to_owned(), why.clone()),
            Outcome::GenerateFailed(why) => {
                failed += 1;
                ("generation failed".to_owned(), why.clone())
            }
            Outcome::Generated => {
                let (errs, warns, first) = r
                    .krate
                    .as_ref()
                    .and_then(|k| errors.get(k))
                    .cloned()
                    .unwrap_or_default();
                if errs > 0 {
                    failed += 1;
                    (format!("no ({errs} errors)"), first)
                } else if warns > 0 {
                    (format!("yes ({warns} warnings)"), String::new())
                } else {
                    ("yes".to_owned(), String::new())
                }
            }
        };
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.spec,
            r.version,
            r.operations,
            r.types,
            r.millis,
            r.lines,
            r.warnings,
            status,
            first.replace('|', "\\|")
        );
    }
    let generated = rows
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Generated))
        .count();
    println!(
        "\n{} specs generated, {} failed; generation {} ms in all; cargo {} took {:.1} s",
        generated,
        failed,
        rows.iter().map(|r| r.millis).sum::<u128>(),
        if clippy { "clippy" } else { "check" },
        check_secs
    );
    Ok(failed == 0)
}
