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

/// One problem found in an API description, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
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
            message: message.into(),
            pointer: None,
            location: None,
            hint: None,
        }
    }

    /// A warning with a message only.
    pub fn warning(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
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

impl std::error::Error for Diagnostic {}
