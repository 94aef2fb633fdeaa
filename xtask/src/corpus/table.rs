//! The corpus table: one row per entry document, then the totals.

use cloudsdk_codegen::diag::Kind;

use super::build::{Built, Crate};
use super::{Outcome, Row};

/// How one row ended: the table's status cell, the first error, and whether it fails the run.
struct Status {
    cell: String,
    first: String,
    failed: bool,
}

/// The status of a row, given what cargo built (`clippy`: every example had to be built too).
fn status(row: &Row, built: &Built, clippy: bool) -> Status {
    let failed = |cell: String, first: String| Status {
        cell,
        first,
        failed: true,
    };
    match &row.outcome {
        Outcome::NotAnApi(why) => Status {
            cell: "not an API description".into(),
            first: why.clone(),
            failed: false,
        },
        Outcome::GenerateFailed(why) => failed("generation failed".into(), why.clone()),
        Outcome::Generated {
            krate, examples, ..
        } => {
            let empty = Crate::default();
            let c = built.crates.get(krate).unwrap_or(&empty);
            let mut expected = vec!["lib".to_owned()];
            if clippy {
                expected.extend(examples.iter().map(|e| format!("example {e}")));
            }
            let missing: Vec<String> = expected
                .into_iter()
                .filter(|t| !c.built.contains(t))
                .collect();
            if c.errors > 0 {
                failed(format!("no ({} errors)", c.errors), c.first_error.clone())
            } else if !missing.is_empty() {
                let first = "cargo reported no error, and no artifact".to_owned();
                failed(format!("not built ({})", missing.join(", ")), first)
            } else if c.warnings > 0 {
                let cell = format!("yes ({} warnings)", c.warnings);
                Status {
                    cell,
                    first: String::new(),
                    failed: false,
                }
            } else {
                Status {
                    cell: "yes".into(),
                    first: String::new(),
                    failed: false,
                }
            }
        }
    }
}

/// Prints the table and the totals; true when every API description generated and built.
pub(super) fn print(rows: &[Row], built: &Built, clippy: bool, build_secs: f64) -> bool {
    let tool = if clippy { "clippy" } else { "check" };
    println!(
        "| spec | format | operations | types | generate ms | lines | warnings | {} | first error |",
        if clippy { "clippy" } else { "compiles" }
    );
    println!("|---|---|---:|---:|---:|---:|---:|---|---|");
    let mut failed = 0;
    for r in rows {
        let s = status(r, built, clippy);
        failed += usize::from(s.failed);
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.spec,
            r.version,
            r.operations,
            r.types,
            r.millis,
            r.lines,
            r.warnings,
            s.cell,
            s.first.replace('|', "\\|")
        );
    }
    let generated = rows.iter().filter(|r| r.krate().is_some()).count();
    let clean = rows
        .iter()
        .filter(|r| r.krate().is_some() && !status(r, built, clippy).failed)
        .count();
    println!(
        "\n{generated} specs generated, {clean} of them {}, {failed} failed; generation {} ms in \
         all; cargo {tool} took {build_secs:.1} s",
        if clippy { "clippy-clean" } else { "compile" },
        rows.iter().map(|r| r.millis).sum::<u128>(),
    );
    print_totals(rows);
    if !built.success && failed == 0 {
        eprintln!(
            "cargo {tool} failed, and no crate shows why:\n{}",
            built.stderr
        );
        return false;
    }
    failed == 0
}

/// The sums over every row, then the warnings by kind: how many, in how many specs.
fn print_totals(rows: &[Row]) {
    let sum = |f: fn(&Row) -> usize| rows.iter().map(f).sum::<usize>();
    println!(
        "{} operations, {} types, {} generated lines, {} warnings",
        sum(|r| r.operations),
        sum(|r| r.types),
        sum(|r| r.lines),
        sum(|r| r.warnings),
    );
    println!("\n| warning kind | warnings | specs | meaning |\n|---|---:|---:|---|");
    for (kind, warnings, specs) in by_kind(rows) {
        println!("| `{kind}` | {warnings} | {specs} | {} |", kind.summary());
    }
}

/// For each kind with a warning: the warnings of that kind and the rows that have one, most
/// warnings first.
fn by_kind(rows: &[Row]) -> Vec<(Kind, usize, usize)> {
    let mut out: Vec<(Kind, usize, usize)> = Kind::ALL
        .into_iter()
        .map(|kind| {
            let counts = rows.iter().filter_map(|r| r.kinds.get(&kind));
            let (warnings, specs) = counts.fold((0, 0), |(w, s), n| (w + n, s + 1));
            (kind, warnings, specs)
        })
        .filter(|(_, warnings, _)| *warnings > 0)
        .collect();
    out.sort_by_key(|(_, warnings, _)| std::cmp::Reverse(*warnings));
    out
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    fn generated(krate: &str) -> Row {
        let outcome = Outcome::Generated {
            krate: krate.into(),
            examples: vec!["quickstart".into()],
            file: format!("{krate}.yaml").into(),
            ref_root: ".".into(),
        };
        Row::empty(krate.into(), "OpenAPI 3.0.0".into(), outcome)
    }

    fn built(targets: &[&str], errors: usize, warnings: usize) -> Crate {
        Crate {
            errors,
            warnings,
            first_error: if errors > 0 {
                "error: e".into()
            } else {
                String::new()
            },
            built: targets
                .iter()
                .map(|t| (*t).to_owned())
                .collect::<BTreeSet<_>>(),
        }
    }

    #[test]
    fn yes_only_for_crates_cargo_built_whole() {
        let crates = BTreeMap::from([
            ("ok".to_owned(), built(&["lib", "example quickstart"], 0, 0)),
            (
                "warned".to_owned(),
                built(&["lib", "example quickstart"], 0, 2),
            ),
            ("lib-only".to_owned(), built(&["lib"], 0, 0)),
            ("broken".to_owned(), built(&[], 3, 0)),
        ]);
        let result = Built {
            crates,
            success: false,
            stderr: String::new(),
        };
        let cell = |krate: &str, clippy: bool| {
            let s = status(&generated(krate), &result, clippy);
            (s.cell, s.failed)
        };
        assert_eq!(cell("ok", true), ("yes".into(), false));
        assert_eq!(cell("warned", true), ("yes (2 warnings)".into(), false));
        assert_eq!(cell("lib-only", false), ("yes".into(), false));
        assert_eq!(
            cell("lib-only", true),
            ("not built (example quickstart)".into(), true)
        );
        assert_eq!(cell("broken", true), ("no (3 errors)".into(), true));
        assert_eq!(
            cell("never-mentioned", false),
            ("not built (lib)".into(), true)
        );
        let not_api = Row::empty("x".into(), "-".into(), Outcome::NotAnApi("why".into()));
        assert!(!status(&not_api, &result, true).failed);
        let failed = Row::empty("y".into(), "-".into(), Outcome::GenerateFailed("e".into()));
        assert!(status(&failed, &result, true).failed);
    }

    #[test]
    fn warnings_are_counted_by_kind_most_first() {
        let mut a = generated("a");
        a.kinds = BTreeMap::from([(Kind::Renamed, 1), (Kind::Untyped, 3)]);
        let mut b = generated("b");
        b.kinds = BTreeMap::from([(Kind::Renamed, 4)]);
        let c = generated("c");
        assert_eq!(
            by_kind(&[a, b, c]),
            [(Kind::Renamed, 5, 2), (Kind::Untyped, 3, 1)]
        );
    }
}
