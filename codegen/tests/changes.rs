//! Pins our verdict on each pair of specs in `tests/fixtures/changes/<kind>/{old,new}.yaml`: the
//! report (`expected.txt` beside them: the verdict, then each change, breaking or not). The same
//! pairs are checked against cargo-semver-checks by `cargo xtask semver`.
//!
//! After a deliberate change to the classifier, `CLOUDSDK_BLESS=1 cargo test -p cloudsdk-codegen
//! --test changes` rewrites the expected files; review their diff before committing it.

use std::path::{Path, PathBuf};

use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::summary::{self, Summary};
use cloudsdk_codegen::{Options, read_model};

/// The change kinds the suite must cover (at least these; each a folder).
const KINDS: &[&str] = &[
    "body_made_optional",
    "description_only",
    "enum_value_added",
    "enum_value_removed",
    "error_status_added",
    "field_made_optional",
    "field_made_required",
    "field_retyped",
    "operation_added",
    "operation_removed",
    "operation_renamed",
    "param_added_required",
    "param_made_required",
    "param_removed",
    "param_retyped",
    "path_changed",
    "query_param_added_optional",
    "request_field_added_optional",
    "request_field_added_required",
    "response_field_added",
    "response_field_added_required",
    "response_field_removed",
    "schema_renamed",
    "success_type_changed",
    "tag_removed",
    "type_added",
    "uuid_dropped",
];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/changes")
}

fn summarize(path: &Path) -> Summary {
    let options = Options::new("pets", Dependencies::Workspace);
    let modelled = read_model(path, &options).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    summary::summarize(&modelled.api, summary::FIRST_VERSION)
}

/// The verdict line and the report's change lines for one pair.
fn verdict(dir: &Path) -> String {
    let old = summarize(&dir.join("old.yaml"));
    let new = summarize(&dir.join("new.yaml"));
    let changes = summary::diff(&old, &new);
    let mut out = format!("verdict: {}\n", summary::bump(&changes).as_str());
    for breaking in [true, false] {
        for c in changes.iter().filter(|c| c.breaking == breaking) {
            let mark = if breaking { "breaking" } else { "ok" };
            out.push_str(&format!("{mark} {c}\n"));
        }
    }
    out
}

#[test]
fn every_change_kind_has_a_pinned_verdict() {
    let mut found: Vec<String> = std::fs::read_dir(fixtures())
        .expect("tests/fixtures/changes")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, KINDS, "the folders under tests/fixtures/changes");
    let bless = std::env::var_os("CLOUDSDK_BLESS").is_some();
    let mut wrong = Vec::new();
    for kind in KINDS {
        let dir = fixtures().join(kind);
        let got = verdict(&dir);
        let expected_path = dir.join("expected.txt");
        if bless {
            std::fs::write(&expected_path, &got).expect("writing expected.txt");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        if got != expected {
            wrong.push(format!("{kind}:\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_spec_compared_with_itself_has_no_change() {
    let dir = fixtures().join("operation_removed");
    let old = summarize(&dir.join("old.yaml"));
    assert!(summary::diff(&old, &old).is_empty());
    let text = old.to_json();
    assert_eq!(Summary::from_json(&text), Ok(old), "api.json reads back");
}

/// An `api.json` written before features and re-exports were kept has neither: they are not
/// compared then, rather than all reported new.
#[test]
fn features_and_reexports_missing_from_an_older_summary_are_not_compared() {
    let dir = fixtures().join("tag_removed");
    let new = summarize(&dir.join("new.yaml"));
    assert_eq!(
        new.features.as_deref(),
        Some(&["pets".to_owned(), "owners".to_owned()][..])
    );
    let mut older = summarize(&dir.join("old.yaml"));
    (older.features, older.reexports) = (None, None);
    let text = older.to_json();
    assert!(
        !text.contains("features") && !text.contains("reexports"),
        "{text}"
    );
    let read = Summary::from_json(&text).expect("an older api.json reads");
    let changes: Vec<String> = summary::diff(&read, &new)
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(changes, ["Client::stores().list: removed (`GET /stores`)"]);
}

#[test]
fn a_summary_of_another_format_is_refused_by_name() {
    let e = Summary::from_json(r#"{"format": 99}"#).expect_err("format 99");
    assert!(e.contains("format 99"), "{e}");
    let e = Summary::from_json("not json").expect_err("not json");
    assert!(e.contains("not JSON"), "{e}");
}
