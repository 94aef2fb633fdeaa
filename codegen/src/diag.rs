//! Diagnostics: errors and warnings that say where in which file a problem is.

use std::fmt;
use std::path::PathBuf;

/// A position in a source file (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, as given to the loader (or relative to the entry document's folder).
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file.display(), self.line, self.column)
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Generation goes on with a sound fallback.
    Warning,
    /// Generation cannot go on.
    Error,
}

/// What a warning reports, for tools that group warnings (the corpus table): stable, whatever a
/// message's wording. Each warning has exactly one; an error has none (unless it is a warning
/// that `--strict` turned into one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// An operation, parameter, body, response, header or security scheme the description
    /// declares is not in the crate.
    Omitted,
    /// A schema, body or success the description leaves open (or that cannot be read) is typed
    /// as any JSON value (`serde_json::Value`).
    Untyped,
    /// A keyword or value that is malformed or unsupported is ignored; the crate is as if it
    /// were not written.
    Dropped,
    /// A value that breaks its format's rules is read another way (the one meant, as far as
    /// can be told).
    Repaired,
    /// A construct of another version or style (Swagger 2.0, OpenAPI 3.1) is converted.
    Converted,
    /// Something the description leaves out is supplied (a title from the file name, `default`
    /// read as the success, an undeclared path parameter typed as a string).
    Guessed,
    /// A name that is no Rust identifier is given a fallback name.
    Renamed,
    /// A number is not kept exactly (an integer beyond 64 bits read as floating point).
    Inexact,
    /// An `x-` extension this generator reads is malformed and ignored.
    Extension,
}

impl Kind {
    /// Every kind, in the order tables list them.
    pub const ALL: [Kind; 9] = [
        Kind::Omitted,
        Kind::Untyped,
        Kind::Dropped,
        Kind::Repaired,
        Kind::Converted,
        Kind::Guessed,
        Kind::Renamed,
        Kind::Inexact,
        Kind::Extension,
    ];

    /// The kind's stable code (`omitted`, `untyped`, …).
    pub fn code(self) -> &'static str {
        match self {
            Kind::Omitted => "omitted",
            Kind::Untyped => "untyped",
            Kind::Dropped => "dropped",
            Kind::Repaired => "repaired",
            Kind::Converted => "converted",
            Kind::Guessed => "guessed",
            Kind::Renamed => "renamed",
            Kind::Inexact => "inexact",
            Kind::Extension => "extension",
        }
    }
}

impl Kind {
    /// What a warning of this kind means to a user, in a few words.
    pub fn summary(self) -> &'static str {
        match self {
            Kind::Omitted => "part of the API left out of the crate",
            Kind::Untyped => "typed as any JSON value",
            Kind::Dropped => "malformed or unsupported keyword ignored",
            Kind::Repaired => "invalid value read as meant",
            Kind::Converted => "other version's construct converted",
            Kind::Guessed => "missing information supplied",
            Kind::Renamed => "name that is no identifier replaced",
            Kind::Inexact => "number not kept exactly",
            Kind::Extension => "malformed `x-` extension ignored",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One problem found in an API description, with where it is and what to do about it.
///
/// The cause of an error (an I/O or parser error) is written into [`message`](Self::message) and
/// shown by `Display`; [`source()`](std::error::Error::source) is always `None`, so a reporter
/// that prints the chain of sources (`anyhow`'s `{:#}`) shows it once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// What a warning reports ([`Kind`]); `None` for an error.
    pub kind: Option<Kind>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// The JSON pointer of the offending value in the document it was found in (`#` excluded),
    /// e.g. `/paths/~1pets/get/responses/200`.
    pub pointer: Option<String>,
    /// The file, line and column of the offending value, when known.
    pub location: Option<Location>,
    /// What the user can do about it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error with a message only.
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            kind: None,
            message: message.into(),
            pointer: None,
            location: None,
            hint: None,
        }
    }

    /// A warning of a kind, with a message only.
    pub fn warning(kind: Kind, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            kind: Some(kind),
            message: message.into(),
            pointer: None,
            location: None,
            hint: None,
        }
    }

    /// Sets the JSON pointer.
    pub fn at(mut self, pointer: impl Into<String>) -> Self {
        self.pointer = Some(pointer.into());
        self
    }

    /// Sets the source location.
    pub fn located(mut self, location: Option<Location>) -> Self {
        self.location = location;
        self
    }

    /// Sets the hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{level}: {}", self.message)?;
        match (&self.location, &self.pointer) {
            (Some(loc), Some(ptr)) => write!(f, "\n  --> {loc} (at #{ptr})")?,
            (Some(loc), None) => write!(f, "\n  --> {loc}")?,
            (None, Some(ptr)) => write!(f, "\n  --> at #{ptr}")?,
            (None, None) => {}
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  = hint: {hint}")?;
        }
        Ok(())
    }
}

/// No `source()`: the cause is part of the message (see [`Diagnostic`]).
impl std::error::Error for Diagnostic {}

#[cfg(test)]
mod tests {
    use std::error::Error;
    use std::path::PathBuf;

    use super::*;

    /// What a reporter that walks the chain of sources prints.
    fn chain(error: &dyn Error) -> String {
        let mut text = error.to_string();
        let mut source = error.source();
        while let Some(cause) = source {
            text.push_str(&format!(": {cause}"));
            source = cause.source();
        }
        text
    }

    #[test]
    fn the_cause_is_shown_once_by_display_and_is_not_a_source() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "no such file (os error 2)");
        let diagnostic = Diagnostic::error(format!("cannot read api.yaml: {io}"))
            .at("/paths")
            .located(Some(Location {
                file: PathBuf::from("api.yaml"),
                line: 3,
                column: 5,
            }))
            .hint("check the path");
        assert!(diagnostic.source().is_none());
        assert_eq!(
            chain(&diagnostic),
            "error: cannot read api.yaml: no such file (os error 2)\n  --> api.yaml:3:5 (at #/paths)\n  = hint: check the path"
        );
        let warning = Diagnostic::warning(Kind::Repaired, "w").at("");
        assert_eq!(chain(&warning), "warning: w\n  --> at #");
    }
}
