//! Stage 3, parse (interim version until the full front end lands): JSON/YAML → `openapiv3`.

use std::path::Path;

use crate::diag::{Diagnostic, Location};

/// A parsed API description.
#[derive(Debug)]
pub struct Spec {
    /// The parsed document.
    pub api: openapiv3::OpenAPI,
    /// Warnings found on the way.
    pub warnings: Vec<Diagnostic>,
}

impl Spec {
    /// Where a pointer into the document is in its source file.
    pub fn locate(&self, _pointer: &str) -> Option<Location> {
        None
    }
}

/// Reads and parses the API description at `path`.
pub fn read_spec(path: &Path) -> Result<Spec, Diagnostic> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Diagnostic::error(format!("cannot read {}: {e}", path.display())))?;
    let api: openapiv3::OpenAPI = if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text)
            .map_err(|e| Diagnostic::error(format!("{}: {e}", path.display())))?
    } else {
        serde_yaml::from_str(&text)
            .map_err(|e| Diagnostic::error(format!("{}: {e}", path.display())))?
    };
    Ok(Spec {
        api,
        warnings: Vec::new(),
    })
}
