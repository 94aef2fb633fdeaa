//! The verdict on a list of changes, and the crate version it calls for.

use std::fmt;

use super::diff::{Change, Section};

/// How much a version moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    /// Nothing a user can see changed.
    None,
    /// Compatible changes only, none adding anything.
    Patch,
    /// Additions, nothing broken.
    Minor,
    /// Something broke.
    Major,
}

impl Bump {
    /// The word for it in a report.
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "no change",
            Bump::Patch => "compatible",
            Bump::Minor => "compatible additions",
            Bump::Major => "breaking",
        }
    }
}

/// What `changes` call for.
pub fn bump(changes: &[Change]) -> Bump {
    if changes.iter().any(|c| c.breaking) {
        Bump::Major
    } else if changes.iter().any(|c| c.section == Section::Added) {
        Bump::Minor
    } else if changes.is_empty() {
        Bump::None
    } else {
        Bump::Patch
    }
}

/// `version` moved by `bump` as Cargo reads semver: before 1.0 the minor number is the major
/// one, so a breaking change bumps it and anything else bumps the patch.
///
/// # Errors
/// When `version` is not `MAJOR.MINOR.PATCH` (a pre-release or build suffix is not bumped
/// automatically: the message says so).
pub fn next_version(version: &str, bump: Bump) -> Result<String, String> {
    let parts: Vec<u64> = version
        .split('.')
        .map(str::parse)
        .collect::<Result<_, _>>()
        .map_err(|_| format!("the crate version `{version}` is not MAJOR.MINOR.PATCH"))?;
    let [major, minor, patch] = parts[..] else {
        return Err(format!(
            "the crate version `{version}` is not MAJOR.MINOR.PATCH"
        ));
    };
    let next = match (bump, major) {
        (Bump::None, _) => (major, minor, patch),
        (Bump::Major, 0) => (0, minor + 1, 0),
        (Bump::Major, _) => (major + 1, 0, 0),
        (Bump::Minor, 0) | (Bump::Patch, _) => (major, minor, patch + 1),
        (Bump::Minor, _) => (major, minor + 1, 0),
    };
    Ok(format!("{}.{}.{}", next.0, next.1, next.2))
}

/// What a regeneration did to a crate's public API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The package name.
    pub crate_name: String,
    /// (old, new) crate version.
    pub versions: (String, String),
    /// (old, new) `info.version` of the spec.
    pub spec_versions: (String, String),
    /// Every change, in the order [`super::diff`] found them.
    pub changes: Vec<Change>,
}

impl Report {
    /// The verdict.
    pub fn bump(&self) -> Bump {
        bump(&self.changes)
    }
}

impl fmt::Display for Report {
    /// A heading line with the verdict and versions, then one line per change, breaking first.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (old, new) = &self.versions;
        let (old_spec, new_spec) = &self.spec_versions;
        let bump = self.bump();
        write!(f, "{}: {}", self.crate_name, bump.as_str())?;
        if bump != Bump::None {
            write!(f, ", {old} → {new}")?;
        }
        writeln!(f, " (spec {old_spec} → {new_spec})")?;
        f.write_str(&self.lines())
    }
}

impl Report {
    /// One line per change, breaking ones first, each marked `breaking` or `ok`.
    pub fn lines(&self) -> String {
        let mut out = String::new();
        for breaking in [true, false] {
            for c in self.changes.iter().filter(|c| c.breaking == breaking) {
                let mark = if breaking { "breaking" } else { "ok" };
                out.push_str(&format!("  {mark:<8} {c}\n"));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_move_as_cargo_reads_semver() {
        let cases = [
            ("0.1.0", Bump::Major, "0.2.0"),
            ("0.1.3", Bump::Minor, "0.1.4"),
            ("0.1.3", Bump::Patch, "0.1.4"),
            ("0.1.3", Bump::None, "0.1.3"),
            ("1.2.3", Bump::Major, "2.0.0"),
            ("1.2.3", Bump::Minor, "1.3.0"),
            ("1.2.3", Bump::Patch, "1.2.4"),
        ];
        for (from, bump, to) in cases {
            assert_eq!(
                next_version(from, bump).as_deref(),
                Ok(to),
                "{from} {bump:?}"
            );
        }
        for bad in ["1.0", "1.0.0-beta.1", "x.y.z", ""] {
            let e = next_version(bad, Bump::Patch).expect_err(bad);
            assert!(e.contains("MAJOR.MINOR.PATCH"), "{e}");
        }
    }
}
