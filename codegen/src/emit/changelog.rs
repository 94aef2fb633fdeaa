//! `CHANGELOG.md` in the Keep a Changelog style: a new entry on top for each generation that
//! changed the public API, listing the changes grouped (Breaking, Added, Changed, Removed).
//! Names and values from the spec are shown as Markdown code spans ([`super::markdown::code`]).

use super::markdown::{code, text};
use crate::summary::{Change, Piece, Report, Section, Summary};

/// The file's opening, above the entries.
const HEADER: &str = "# Changelog\n\n\
All notable changes to this crate's public API, written by the generator when it regenerates \
the crate from a changed API description. The format follows [Keep a \
Changelog](https://keepachangelog.com/en/1.1.0/), and versions follow [Semantic \
Versioning](https://semver.org/) as Cargo reads it (before 1.0, a breaking change bumps the \
minor number).\n";

/// The changelog after a generation: `previous` with a new entry on top when the report has
/// changes, `previous` as it is otherwise, and a first entry when there is no previous one.
/// `date` (`YYYY-MM-DD`) dates a new entry.
pub fn changelog(
    previous: Option<&str>,
    report: Option<&Report>,
    summary: &Summary,
    date: Option<&str>,
) -> String {
    let entry = match (previous, report) {
        (Some(previous), Some(r)) if r.changes.is_empty() => return previous.to_owned(),
        (Some(previous), None) => return previous.to_owned(),
        (_, Some(r)) if !r.changes.is_empty() => changes_entry(r, date),
        (_, Some(_) | None) => first_entry(summary, date),
    };
    let rest = previous.map_or("", |p| p.strip_prefix(HEADER).unwrap_or(p));
    let rest = rest.trim_start_matches('\n');
    if rest.is_empty() {
        format!("{HEADER}\n{entry}")
    } else {
        format!("{HEADER}\n{entry}\n{rest}")
    }
}

fn heading(version: &str, date: Option<&str>) -> String {
    match date {
        Some(date) => format!("## [{}] - {}\n", text(version), text(date)),
        None => format!("## [{}]\n", text(version)),
    }
}

fn first_entry(summary: &Summary, date: Option<&str>) -> String {
    format!(
        "{}\nFirst generated, from the API description's version {}.\n",
        heading(&summary.crate_version, date),
        code(&summary.spec_version)
    )
}

fn changes_entry(report: &Report, date: Option<&str>) -> String {
    let (old_spec, new_spec) = &report.spec_versions;
    let spec = if old_spec == new_spec {
        format!("version {} (unchanged)", code(new_spec))
    } else {
        format!("version {} (was {})", code(new_spec), code(old_spec))
    };
    let mut out = format!(
        "{}\nRegenerated from the API description's {spec}.\n",
        heading(&report.versions.1, date)
    );
    let groups = [
        ("Breaking", None),
        ("Added", Some(Section::Added)),
        ("Changed", Some(Section::Changed)),
        ("Removed", Some(Section::Removed)),
    ];
    for (title, belongs) in groups {
        let lines: Vec<String> = report
            .changes
            .iter()
            .filter(|c| match belongs {
                None => c.breaking,
                Some(section) => !c.breaking && c.section == section,
            })
            .map(line)
            .collect();
        if !lines.is_empty() {
            out.push_str(&format!("\n### {title}\n\n{}", lines.concat()));
        }
    }
    out
}

/// `- `item`: what.` on one line.
fn line(change: &Change) -> String {
    let mut out = format!("- {}: ", code(&change.item));
    for piece in &change.what {
        match piece {
            // Prose written in `summary::diff`, not from the spec.
            Piece::Text(t) => out.push_str(t),
            Piece::Code(c) => out.push_str(&code(c)),
        }
    }
    out.push_str(".\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(version: &str) -> Summary {
        crate::summary::Summary::from_json(&format!(
            r#"{{"format": 1, "crate": "x", "crate_version": "0.1.1", "spec_version": {version:?},
                "error": "Error", "operations": [], "types": []}}"#
        ))
        .expect("a summary")
    }

    #[test]
    fn spec_text_cannot_open_a_heading_or_a_span() {
        let hostile = "1\n## [9.9.9] `x` <b>";
        let report = Report {
            crate_name: "x".into(),
            versions: ("0.1.0".into(), "0.1.1".into()),
            spec_versions: ("1".into(), hostile.into()),
            changes: vec![Change {
                section: Section::Changed,
                breaking: false,
                item: "types::Pet::name".into(),
                what: vec![Piece::Text("sent as "), Piece::Code("a`b\n# c".into())],
            }],
        };
        let text = changelog(None, Some(&report), &summary(hostile), Some("2026-01-02"));
        let headings: Vec<&str> = text.lines().filter(|l| l.starts_with('#')).collect();
        assert_eq!(
            headings,
            ["# Changelog", "## [0.1.1] - 2026-01-02", "### Changed"]
        );
        assert!(text.contains("(was `1`)"), "{text}");
        assert!(
            text.contains("- `types::Pet::name`: sent as ``a`b # c``.\n"),
            "{text}"
        );
    }

    #[test]
    fn no_change_keeps_the_changelog_and_a_first_one_is_written_once() {
        let first = changelog(None, None, &summary("1"), None);
        assert!(
            first.ends_with(
                "## [0.1.1]\n\nFirst generated, from the API description's version `1`.\n"
            ),
            "{first}"
        );
        let unchanged = Report {
            crate_name: "x".into(),
            versions: ("0.1.1".into(), "0.1.1".into()),
            spec_versions: ("1".into(), "2".into()),
            changes: Vec::new(),
        };
        assert_eq!(
            changelog(
                Some(&first),
                Some(&unchanged),
                &summary("2"),
                Some("2026-01-02")
            ),
            first
        );
    }
}
