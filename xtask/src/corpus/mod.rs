//! `cargo xtask corpus [--clippy] [DIR…]`: generate every API description under the given folders
//! into one scratch workspace, build it once (`cargo check`, or `cargo clippy --all-targets` with
//! warnings denied, examples included), and print a table. A crate counts as clean only when
//! cargo reports each of its targets built; anything else fails the run.

mod build;
mod table;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use cloudsdk_codegen::diag::{Diagnostic, Kind};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::load::load_within;
use cloudsdk_codegen::upgrade::detect;
use cloudsdk_codegen::write::write;
use cloudsdk_codegen::{Options, generate};

/// One entry document and what became of it.
struct Row {
    spec: String,
    version: String,
    operations: usize,
    types: usize,
    millis: u128,
    lines: usize,
    warnings: usize,
    /// The warnings by kind (every warning has one).
    kinds: BTreeMap<Kind, usize>,
    outcome: Outcome,
}

enum Outcome {
    NotAnApi(String),
    GenerateFailed(String),
    /// Written as the crate `krate`, with these examples (file stems), from the entry document
    /// `file` whose external `$ref`s may read under `ref_root`.
    Generated {
        krate: String,
        examples: Vec<String>,
        file: PathBuf,
        ref_root: PathBuf,
    },
}

impl Row {
    fn empty(spec: String, version: String, outcome: Outcome) -> Row {
        Row {
            spec,
            version,
            operations: 0,
            types: 0,
            millis: 0,
            lines: 0,
            warnings: 0,
            kinds: BTreeMap::new(),
            outcome,
        }
    }

    fn krate(&self) -> Option<&str> {
        match &self.outcome {
            Outcome::Generated { krate, .. } => Some(krate),
            _ => None,
        }
    }
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
    let rows = generate_all(root, &scratch, &dirs)?;
    let members: Vec<&str> = rows.iter().filter_map(Row::krate).collect();
    write_workspace(root, &scratch, &members)?;
    let started = Instant::now();
    let built = build::build(root, &scratch, &members, clippy)?;
    let build_secs = started.elapsed().as_secs_f64();
    Ok(table::print(&rows, &built, clippy, build_secs))
}

/// Generates every entry document under `dirs` into `scratch`, one row each.
fn generate_all(root: &Path, scratch: &Path, dirs: &[PathBuf]) -> Result<Vec<Row>> {
    let runtime = root.join("runtime").canonicalize()?;
    let mut rows = Vec::new();
    let mut names = BTreeSet::new();
    for dir in dirs {
        let base = dir
            .canonicalize()
            .with_context(|| format!("{} does not exist", dir.display()))?;
        for file in entries(&base)? {
            let shown = file
                .strip_prefix(&base)
                .unwrap_or(&file)
                .display()
                .to_string();
            let version = match classify(&file, Some(&base)) {
                Ok(version) => version,
                Err(why) => {
                    rows.push(Row::empty(shown, "-".into(), Outcome::NotAnApi(why)));
                    continue;
                }
            };
            let name = crate_name(&shown, &mut names);
            let mut options = Options::new(
                name.clone(),
                Dependencies::Member {
                    runtime_path: runtime.display().to_string(),
                },
            );
            // The folder given is where the corpus's external `$ref`s may read.
            options.ref_root = Some(base.clone());
            rows.push(generate_one(&file, &options, scratch, shown, version)?);
        }
    }
    Ok(rows)
}

/// Generates one description into `scratch/<crate name>`.
fn generate_one(
    file: &Path,
    options: &Options,
    scratch: &Path,
    shown: String,
    version: String,
) -> Result<Row> {
    let started = Instant::now();
    let result = generate(file, options);
    let millis = started.elapsed().as_millis();
    let g = match result {
        Ok(g) => g,
        Err(d) => {
            let first = d.to_string().lines().next().unwrap_or_default().to_owned();
            let mut row = Row::empty(shown, version, Outcome::GenerateFailed(first));
            row.millis = millis;
            return Ok(row);
        }
    };
    let krate = options.crate_name.clone();
    write(&scratch.join(&krate), &g.files, false)?;
    let ref_root = match &options.ref_root {
        Some(r) => r.clone(),
        None => file.parent().unwrap_or(file).to_path_buf(),
    };
    let examples = g
        .files
        .iter()
        .filter_map(|f| f.path.strip_prefix("examples/")?.strip_suffix(".rs"))
        .map(str::to_owned)
        .collect();
    Ok(Row {
        spec: shown,
        version,
        operations: g.stats.operations,
        types: g.stats.types,
        millis,
        lines: g.stats.lines,
        warnings: g.warnings.len(),
        kinds: kinds(&g.warnings),
        outcome: Outcome::Generated {
            krate,
            examples,
            file: file.to_path_buf(),
            ref_root,
        },
    })
}

/// Entry documents that did not become a crate: (path under the folder, why).
pub(crate) type NotGenerated = Vec<(String, String)>;

/// A description of a corpus folder generated for another task (the contract run).
pub(crate) struct GeneratedSpec {
    /// The entry document's path under its folder.
    pub(crate) shown: String,
    pub(crate) file: PathBuf,
    /// The folder its external `$ref`s may read.
    pub(crate) ref_root: PathBuf,
    /// The crate's name, which is also its folder's under the scratch folder.
    pub(crate) krate: String,
}

/// Generates every entry document under `dirs` into `scratch/<crate>` as `corpus` does; returns
/// the generated ones, and the others as (path, why not).
pub(crate) fn generate_specs(
    root: &Path,
    scratch: &Path,
    dirs: &[PathBuf],
) -> Result<(Vec<GeneratedSpec>, NotGenerated)> {
    std::fs::create_dir_all(scratch)?;
    let mut generated = Vec::new();
    let mut others = Vec::new();
    for row in generate_all(root, scratch, dirs)? {
        match row.outcome {
            Outcome::Generated {
                krate,
                file,
                ref_root,
                ..
            } => generated.push(GeneratedSpec {
                shown: row.spec,
                file,
                ref_root,
                krate,
            }),
            Outcome::NotAnApi(why) => {
                others.push((row.spec, format!("not an API description: {why}")))
            }
            Outcome::GenerateFailed(why) => {
                others.push((row.spec, format!("does not generate: {why}")))
            }
        }
    }
    Ok((generated, others))
}

/// How many of `warnings` are of each kind.
fn kinds(warnings: &[Diagnostic]) -> BTreeMap<Kind, usize> {
    let mut kinds = BTreeMap::new();
    for kind in warnings.iter().filter_map(|w| w.kind) {
        *kinds.entry(kind).or_insert(0) += 1;
    }
    kinds
}

/// The longest name given before uniqueness suffixes: crates.io (and so the generator) takes
/// package names of at most 64 characters.
const MAX_NAME: usize = 56;

/// `corpus-<path without extension>`, lower case, unique among `names`; a long path keeps its
/// end (the file's own name), since the start is the folders every spec there shares.
fn crate_name(shown: &str, names: &mut BTreeSet<String>) -> String {
    let stem = shown
        .trim_end_matches(".json")
        .trim_end_matches(".yaml")
        .trim_end_matches(".yml");
    let slug: Vec<char> = stem
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let room = MAX_NAME - "corpus-".len();
    let kept: String = slug[slug.len().saturating_sub(room)..].iter().collect();
    let mut name = format!("corpus-{}", kept.trim_start_matches('-'));
    while !names.insert(name.clone()) {
        name.push('x');
    }
    name
}

/// The scratch workspace's manifest and lock file; crates of earlier runs that are not members
/// any more are removed.
fn write_workspace(root: &Path, scratch: &Path, members: &[&str]) -> Result<()> {
    let manifest = crate::scratch::workspace_manifest(
        crate::scratch::Profiles::Project(root),
        "corpus",
        members,
    );
    std::fs::write(scratch.join("Cargo.toml"), manifest)?;
    crate::seed_lock_file(root, scratch)?;
    for (path, name) in crate::folders(scratch)? {
        if name.starts_with("corpus-") && !members.contains(&name.as_str()) {
            std::fs::remove_dir_all(&path)?;
        }
    }
    Ok(())
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

/// The version an entry document is written in (`OpenAPI 3.0.1`), or why it is not an API
/// description, as the generator itself decides (`upgrade::detect` on the loaded document). A
/// document that does not load is an API description that fails to generate: its error shows in
/// the table.
fn classify(path: &Path, ref_root: Option<&Path>) -> Result<String, String> {
    let Ok(document) = load_within(path, ref_root) else {
        return Ok("-".to_owned());
    };
    detect(&document.root).map_err(|d| d.message)?;
    let field = |key: &str| {
        document.root.get(key).map(|v| match v {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    };
    Ok(match (field("openapi"), field("swagger")) {
        (Some(v), _) => format!("OpenAPI {v}"),
        (None, Some(v)) => format!("Swagger {v}"),
        (None, None) => "-".to_owned(),
    })
}

/// The version of the API description at `path`, or `None` when it is not one.
pub(crate) fn version_of(path: &Path) -> Option<String> {
    classify(path, None).ok()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::{MAX_NAME, crate_name};

    /// Deep corpus paths gave names over crates.io's 64 characters, which the generator refuses.
    #[test]
    fn long_paths_give_package_names_cargo_takes_and_stay_unique() {
        let mut names = BTreeSet::new();
        let long = "realworld/oapi-codegen-edge/parameters_roundtrip_parameters.yaml";
        let first = crate_name(long, &mut names);
        let second = crate_name(long, &mut names);
        assert_eq!(
            first,
            "corpus-oapi-codegen-edge-parameters-roundtrip-parameters"
        );
        assert_ne!(first, second);
        assert!(
            first.len() <= MAX_NAME && second.len() <= 64,
            "{first} {second}"
        );
        assert_eq!(crate_name("petstore.yaml", &mut names), "corpus-petstore");
    }
}
