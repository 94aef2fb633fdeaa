//! A crate's previous generation (what its folder holds) against the new model: the new
//! summary, and the report of what changed when there was a previous one.

use super::release::{Report, bump, next_version};
use super::{FILE, Summary, diff, summarize};
use crate::diag::Diagnostic;
use crate::model::Api;

/// The version a crate starts at.
pub const FIRST_VERSION: &str = "0.1.0";

/// What an earlier generation left in the crate's folder.
#[derive(Debug, Clone, Default)]
pub struct Previous {
    /// The text of its `api.json`.
    pub summary: String,
    /// The text of its `CHANGELOG.md`, when it has one.
    pub changelog: Option<String>,
}

/// The new summary (with the crate version the changes call for) and, when there was a
/// previous generation, the report.
#[derive(Debug, Clone)]
pub struct Release {
    /// The new `api.json`.
    pub summary: Summary,
    /// What changed since the previous generation; `None` for a first one.
    pub report: Option<Report>,
}

/// Compares `api` with the `previous` generation.
///
/// # Errors
/// When the previous summary cannot be read, or its version cannot be bumped; the message
/// names `api.json` and says how to start over.
pub fn plan(api: &Api, previous: Option<&Previous>) -> Result<Release, Diagnostic> {
    let Some(previous) = previous else {
        return Ok(Release {
            summary: summarize(api, FIRST_VERSION),
            report: None,
        });
    };
    let unreadable = |e: String| {
        Diagnostic::error(format!("the crate's {FILE} cannot be compared: {e}")).hint(
            "the generator writes it; restore it from version control (deleting it starts the \
             crate over at 0.1.0)",
        )
    };
    let old = Summary::from_json(&previous.summary).map_err(unreadable)?;
    let mut summary = summarize(api, &old.crate_version);
    let changes = diff(&old, &summary);
    summary.crate_version = next_version(&old.crate_version, bump(&changes)).map_err(unreadable)?;
    let report = Report {
        crate_name: summary.crate_name.clone(),
        versions: (old.crate_version.clone(), summary.crate_version.clone()),
        spec_versions: (old.spec_version.clone(), summary.spec_version.clone()),
        changes,
    };
    Ok(Release {
        summary,
        report: Some(report),
    })
}
