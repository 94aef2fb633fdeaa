//! Wiring for the API-change report: reading what a crate's previous generation left, today's
//! date for the changelog, and `cargo xtask diff OLD_SPEC NEW_SPEC`.

use std::path::Path;

use anyhow::{Context, Result, bail};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::summary::{self, Previous, Report};
use cloudsdk_codegen::write::write;
use cloudsdk_codegen::{Options, generate, read_model};

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
    print!("{}", report_text(report));
}

fn report_text(report: Option<&Report>) -> String {
    match report.filter(|r| !r.changes.is_empty()) {
        Some(report) => report.to_string(),
        None => String::new(),
    }
}

/// `cargo xtask generate`'s work: generates the spec at `spec` into `out` (over its previous
/// generation, as `options` says) and returns what to print: a line of figures, then the
/// report. `None` when the spec cannot be generated (the error printed).
pub(crate) fn regenerate(spec: &Path, out: &Path, options: &Options) -> Result<Option<String>> {
    let generated = match generate(spec, options) {
        Ok(g) => g,
        Err(diagnostic) => {
            eprintln!("{}: {diagnostic}", spec.display());
            return Ok(None);
        }
    };
    for w in &generated.warnings {
        eprintln!("{w}");
    }
    write(out, &generated.files, false).with_context(|| format!("writing {}", out.display()))?;
    let s = &generated.stats;
    Ok(Some(format!(
        "{}: {} operations, {} types, {} lines of Rust, {} warnings → {}\n{}",
        options.crate_name,
        s.operations,
        s.types,
        s.lines,
        generated.warnings.len(),
        out.display(),
        report_text(generated.report.as_ref())
    )))
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

    /// A scratch folder of its own, removed when dropped.
    struct Scratch(std::path::PathBuf);

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("creating a folder");
        for entry in std::fs::read_dir(from).expect("reading a folder") {
            let path = entry.expect("entry").path();
            let target = to.join(path.file_name().expect("a name"));
            if path.is_dir() {
                copy_dir(&path, &target);
            } else {
                std::fs::copy(&path, &target).expect("copying a file");
            }
        }
    }

    /// Civo's spec with `createRegion` removed, an optional `city` on `Region`, version 2.1.0.
    fn changed_civo_spec(text: &str) -> String {
        let start = text
            .find("    post:\n      operationId: createRegion\n")
            .expect("civo has createRegion");
        let end = start + text[start..].find("\n  /").expect("a next path") + 1;
        let text = format!("{}{}", &text[..start], &text[end..]);
        let features = "        features:\n          $ref: '#/components/schemas/RegionFeatures'\n    CreateRegionRequest:";
        assert!(text.contains(features), "civo's Region ends with features");
        let city = features.replace(
            "\n    CreateRegionRequest:",
            "\n        city:\n          type: string\n    CreateRegionRequest:",
        );
        text.replace(features, &city)
            .replacen("  version: 2.0.0", "  version: 2.1.0", 1)
    }

    fn civo_options(out: &Path) -> Options {
        let mut options =
            options_for("civo", out, Dependencies::Workspace).expect("reading the old crate");
        options.date = Some("2026-12-02".to_owned());
        options
    }

    /// The whole flow for a realistic change to one provider: the committed crate, a changed
    /// spec, `--check` refusing the stale version, then the regeneration: report, version,
    /// changelog; and a second run that changes nothing.
    #[test]
    fn a_changed_civo_spec_is_reported_bumped_and_logged() {
        let root = crate::root();
        let dir = std::env::temp_dir().join(format!("cloudsdk-release-{}", std::process::id()));
        let scratch = Scratch(dir.clone());
        let out = scratch.0.join("civo");
        copy_dir(&root.join("generated/civo"), &out);
        let spec_text = std::fs::read_to_string(root.join("specs/civo.yaml")).expect("civo spec");
        let spec = dir.join("civo.yaml");
        std::fs::write(&spec, changed_civo_spec(&spec_text)).expect("writing the spec");
        let old_changelog = std::fs::read_to_string(out.join("CHANGELOG.md")).expect("changelog");

        // --check: the committed version, changelog and summary no longer match.
        let generated = generate(&spec, &civo_options(&out)).expect("generating");
        let stale: Vec<String> = write(&out, &generated.files, true)
            .expect("checking")
            .iter()
            .map(|c| c.to_string().replace(&out.display().to_string(), "OUT"))
            .collect();
        for file in ["Cargo.toml", "CHANGELOG.md", "api.json"] {
            assert!(
                stale.contains(&format!("would change OUT/{file}")),
                "{stale:?}"
            );
        }

        let printed = regenerate(&spec, &out, &civo_options(&out))
            .expect("regenerating")
            .expect("the spec generates");
        let report: Vec<&str> = printed.lines().skip(1).collect();
        assert_eq!(
            report,
            [
                "civo: breaking, 0.1.0 → 0.2.0 (spec 2.0.0 → 2.1.0)",
                "  breaking Client::regions().create: removed (`POST /v2/regions`)",
                "  ok       types::Region::city: new optional field of type `Option<String>`",
            ]
        );
        let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("Cargo.toml");
        assert!(manifest.contains("\nversion = \"0.2.0\"\n"), "{manifest}");
        let changelog = std::fs::read_to_string(out.join("CHANGELOG.md")).expect("changelog");
        let entry = "## [0.2.0] - 2026-12-02\n\n\
            Regenerated from the API description's version `2.1.0` (was `2.0.0`).\n\n\
            ### Breaking\n\n\
            - `Client::regions().create`: removed (`POST /v2/regions`).\n\n\
            ### Added\n\n\
            - `types::Region::city`: new optional field of type `Option<String>`.\n\n\
            ## [0.1.0]";
        assert!(changelog.contains(entry), "{changelog}");
        assert!(changelog.starts_with("# Changelog\n"), "{changelog}");
        let old_entries = old_changelog.find("## [0.1.0]").expect("the first entry");
        assert!(
            changelog.ends_with(&old_changelog[old_entries..]),
            "{changelog}"
        );

        // Nothing changed since: same version, same changelog, nothing to write.
        let again = generate(&spec, &civo_options(&out)).expect("generating again");
        assert_eq!(write(&out, &again.files, true).expect("checking"), []);
        let report = again.report.expect("a report");
        assert!(report.changes.is_empty(), "{report}");
        assert_eq!(report.versions, ("0.2.0".to_owned(), "0.2.0".to_owned()));
    }
}
