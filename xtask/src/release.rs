//! Wiring for the API-change report: reading what a crate's previous generation left, today's
//! date for the changelog, and `cargo xtask diff OLD_SPEC NEW_SPEC`.

use std::path::Path;

use anyhow::{Context, Result, bail};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::summary::{self, Previous, Report};
use cloudsdk_codegen::{Options, read_model};

/// The changelog file of a generated crate.
const CHANGELOG: &str = "CHANGELOG.md";

/// What the crate in `dir` was generated as: `None` when it has no `api.json` (a first
/// generation).
pub(crate) fn previous(dir: &Path) -> Result<Option<Previous>> {
    let read = |name: &str| -> Result<Option<String>> {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some(text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    };
    let Some(summary) = read(summary::FILE)? else {
        return Ok(None);
    };
    Ok(Some(Previous {
        summary,
        changelog: read(CHANGELOG)?,
    }))
}

/// Options for regenerating the crate in `dir`: its previous generation and today's date.
pub(crate) fn options_for(name: &str, dir: &Path, dependencies: Dependencies) -> Result<Options> {
    let mut options = Options::new(name, dependencies);
    options.previous = previous(dir)?;
    options.date = Some(today()?);
    Ok(options)
}

/// Prints what changed, when something did.
pub(crate) fn print_report(report: Option<&Report>) {
    if let Some(report) = report.filter(|r| !r.changes.is_empty()) {
        print!("{report}");
    }
}

/// Today (UTC) as `YYYY-MM-DD`, or the day of `SOURCE_DATE_EPOCH` when set (reproducible
/// builds' convention; the tests set it).
pub(crate) fn today() -> Result<String> {
    let seconds = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) => s
            .trim()
            .parse::<u64>()
            .with_context(|| format!("SOURCE_DATE_EPOCH `{s}` is not a number of seconds"))?,
        Err(_) => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .context("the clock is before 1970")?
            .as_secs(),
    };
    Ok(civil_date(seconds / 86_400))
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_date(days: u64) -> String {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// `cargo xtask diff OLD_SPEC NEW_SPEC`: the report, nothing written. Returns whether both
/// specs were read.
pub(crate) fn diff(args: &[String]) -> Result<bool> {
    let [old, new] = args else {
        bail!("usage: cargo xtask diff OLD_SPEC NEW_SPEC");
    };
    let name = crate::crate_name_for(Path::new(new));
    let (old_summary, new_summary) = (
        summarize(Path::new(old), &name)?,
        summarize(Path::new(new), &name)?,
    );
    let (Some(old_summary), Some(new_summary)) = (old_summary, new_summary) else {
        return Ok(false);
    };
    print!("{}", diff_text(&old_summary, &new_summary));
    Ok(true)
}

/// The report of `cargo xtask diff`: a verdict line, then one line per change.
pub(crate) fn diff_text(old: &summary::Summary, new: &summary::Summary) -> String {
    let changes = summary::diff(old, new);
    let bump = summary::bump(&changes);
    let report = Report {
        crate_name: new.crate_name.clone(),
        versions: (old.crate_version.clone(), new.crate_version.clone()),
        spec_versions: (old.spec_version.clone(), new.spec_version.clone()),
        changes,
    };
    format!(
        "{}: {} (spec {} → {})\n{}",
        report.crate_name,
        bump.as_str(),
        report.spec_versions.0,
        report.spec_versions.1,
        report.lines()
    )
}

/// The summary of the spec at `path`; `None` (the error printed) when it cannot be read.
pub(crate) fn summarize(path: &Path, name: &str) -> Result<Option<summary::Summary>> {
    let options = Options::new(name, Dependencies::Workspace);
    match read_model(path, &options) {
        Ok(modelled) => Ok(Some(summary::summarize(
            &modelled.api,
            summary::FIRST_VERSION,
        ))),
        Err(diagnostic) => {
            eprintln!("{}: {diagnostic}", path.display());
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_789), "2026-12-02");
    }
}
