//! Every entry document of the shared corpus is loaded (with the corpus folder as the `$ref` root)
//! and parsed into `openapiv3::OpenAPI`; the documents that are not API descriptions give a clean
//! error.
//!
//! The corpus lives outside the repository: `../shared/corpus` next to the workspace, or the
//! folder named by `CLOUDSDK_CORPUS_DIR`. With `CLOUDSDK_REQUIRE_CORPUS=1` (CI sets it) a missing
//! corpus fails the test; otherwise the test says, on the terminal even when output is captured,
//! that it checked nothing, and passes (the behaviours are covered by `tests/front.rs` fixtures).

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use cloudsdk_codegen::load::load_within;
use cloudsdk_codegen::parse::{parse, upgrade};

/// Set to `1` to make a missing corpus an error.
const REQUIRE: &str = "CLOUDSDK_REQUIRE_CORPUS";
/// Where the corpus is, when not beside the workspace.
const DIR: &str = "CLOUDSDK_CORPUS_DIR";

fn default_dir() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus")).to_path_buf()
}

/// The corpus folder, `Ok(None)` to skip (absent and not required), or why the test fails
/// (absent and required).
fn find_corpus(dir: PathBuf, required: bool) -> Result<Option<PathBuf>, String> {
    if dir.is_dir() {
        return Ok(Some(dir));
    }
    if required {
        return Err(format!(
            "the reference corpus is required ({REQUIRE}=1) but {} is not a folder; \
             put the corpus there or name its folder in {DIR}",
            dir.display()
        ));
    }
    Ok(None)
}

#[test]
fn a_missing_corpus_fails_only_when_required() {
    let nowhere = default_dir().join("no such folder");
    assert_eq!(find_corpus(nowhere.clone(), false), Ok(None));
    let error = find_corpus(nowhere.clone(), true).expect_err("required");
    assert!(
        error.contains(REQUIRE) && error.contains(&nowhere.display().to_string()),
        "{error}"
    );
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(find_corpus(here.clone(), true), Ok(Some(here)));
}

fn api_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            api_files(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("json" | "yaml" | "yml")
        ) {
            out.push(path);
        }
    }
}

/// Documents of the corpus that are not API descriptions. (Clever Cloud's two v4 files have
/// paths but no `info`: they are read, named after their files.)
fn is_not_api(path: &Path) -> bool {
    let p = path.to_string_lossy();
    p.ends_with("clever-cloud/diff-report.json")
        || p.contains("docker-cloud/responses/")
        // A test fixture whose header (`openapi`, `info`) the oapi-codegen harness strips: it
        // holds only `paths` and `components`, so it is a fragment as well.
        || p.ends_with("oapi-codegen-edge/aggregates_oneof_spec_discriminator.yaml")
}

#[test]
fn corpus_documents_parse() {
    let required = std::env::var(REQUIRE).is_ok_and(|v| v == "1");
    let dir = std::env::var_os(DIR).map_or_else(default_dir, PathBuf::from);
    let dir = match find_corpus(dir.clone(), required) {
        Ok(Some(dir)) => dir,
        Ok(None) => {
            // Straight to the terminal: the test harness captures `eprintln!` of passing tests.
            let _ = writeln!(
                std::io::stderr(),
                "corpus test SKIPPED: no corpus at {} (set {DIR} to its folder, or {REQUIRE}=1 \
                 to make this an error)",
                dir.display()
            );
            return;
        }
        Err(why) => panic!("{why}"),
    };
    let mut files = Vec::new();
    api_files(&dir, &mut files);
    files.sort();
    assert!(
        files.len() > 40,
        "the corpus should hold many documents, found {}",
        files.len()
    );

    // Files pulled in by another document's `$ref` are not entry documents.
    let mut referenced = BTreeSet::new();
    for file in &files {
        if let Ok(doc) = load_within(file, Some(&dir)) {
            for part in doc.files().skip(1) {
                if let Ok(canonical) = std::fs::canonicalize(dir.join("..").join(part))
                    .or_else(|_| std::fs::canonicalize(part))
                {
                    referenced.insert(canonical);
                }
            }
        }
    }

    let mut failures = Vec::new();
    let mut report = String::new();
    let mut checked = 0;
    for file in &files {
        let canonical = std::fs::canonicalize(file).unwrap_or_else(|_| file.clone());
        if referenced.contains(&canonical) {
            continue;
        }
        checked += 1;
        let name = file
            .strip_prefix(&dir)
            .unwrap_or(file)
            .display()
            .to_string();
        let start = Instant::now();
        // The corpus folder is named as the `$ref` root: petstore-separate refers to `../common/`.
        let result = load_within(file, Some(&dir))
            .and_then(upgrade)
            .and_then(parse);
        let elapsed = start.elapsed();
        match (is_not_api(file), result) {
            (false, Ok(spec)) => {
                let unlocated: Vec<String> = spec
                    .warnings
                    .iter()
                    .filter(|w| w.location.is_none())
                    .map(|w| w.to_string())
                    .collect();
                if !unlocated.is_empty() {
                    report.push_str(&format!(
                        "FAIL  {name}: warnings without location: {unlocated:#?}\n"
                    ));
                    failures.push(name.clone());
                }
                for w in spec.warnings.iter().take(3) {
                    report.push_str(&format!(
                        "      {}\n",
                        w.to_string().replace('\n', "\n      ")
                    ));
                }
                report.push_str(&format!(
                    "pass  {name}  ({}, {} paths, {} warnings, {elapsed:.0?})\n",
                    spec.version,
                    spec.api.paths.paths.len(),
                    spec.warnings.len()
                ))
            }
            (false, Err(e)) => {
                report.push_str(&format!("FAIL  {name}: {e}\n"));
                failures.push(name);
            }
            (true, Err(e)) => {
                let clean = e.is_error() && e.hint.is_some() && e.location.is_some();
                report.push_str(&format!(
                    "{}  {name} (not an API description): {}\n",
                    if clean { "pass" } else { "FAIL" },
                    e.message
                ));
                if !clean {
                    failures.push(name);
                }
            }
            (true, Ok(_)) => {
                report.push_str(&format!(
                    "FAIL  {name}: not an API description, yet accepted\n"
                ));
                failures.push(name);
            }
        }
    }
    eprintln!("{report}{checked} documents checked");
    assert!(
        referenced.iter().any(|p| p.ends_with("Pet.yaml")),
        "petstore-separate refs were not found"
    );
    assert!(failures.is_empty(), "failed: {failures:#?}");
}
