//! Stage 3, **parse**: turns the upgraded document into typed [`openapiv3::OpenAPI`], reporting a
//! rejection with the JSON pointer of the offending value and its place in the source files.
//!
//! [`upgrade`](fn@upgrade) runs stage 2 on a loaded document (the upgrade module works on JSON values) and
//! hands [`parse`] its input, so that callers wire the stages in their order:
//! `parse(upgrade(load(path)?)?)`.

use std::path::Path;

use serde_json::Value;

use crate::diag::Diagnostic;
use crate::load::{self, Document};
use crate::pointer;
use crate::upgrade::{self, PointerMap, SpecVersion};

/// A parsed API description, with what is needed to point back into its source.
#[derive(Debug)]
pub struct Spec {
    /// The typed description.
    pub api: openapiv3::OpenAPI,
    /// The upgraded JSON the description was parsed from: for `x-` extensions and pointers.
    pub raw: Value,
    /// The version the source was written in.
    pub version: SpecVersion,
    /// Warnings from loading and the upgrade, each located in the source files.
    pub warnings: Vec<Diagnostic>,
    /// The loaded document: source files and source map. Its `root` was moved into [`Spec::raw`]
    /// (and upgraded) by [`upgrade`](fn@upgrade), so it is `null` here.
    pub document: Document,
    /// Maps pointers in [`Spec::raw`] back to the bundled source document.
    pub pointers: PointerMap,
}

impl Spec {
    /// File, line and column of the value at `upgraded_pointer` (a pointer into [`Spec::raw`]).
    pub fn locate(&self, upgraded_pointer: &str) -> Option<crate::diag::Location> {
        self.document
            .locate(&self.pointers.original(upgraded_pointer))
    }

    /// The pointer in the source document for a pointer into [`Spec::raw`].
    pub fn original_pointer(&self, upgraded_pointer: &str) -> String {
        self.pointers.original(upgraded_pointer)
    }

    /// Adds the source location to a diagnostic that has a pointer into [`Spec::raw`] and no
    /// location yet.
    pub fn locate_diagnostic(&self, diagnostic: Diagnostic) -> Diagnostic {
        if diagnostic.location.is_some() {
            return diagnostic;
        }
        let location = diagnostic.pointer.as_deref().and_then(|p| self.locate(p));
        diagnostic.located(location)
    }
}

/// Loads, upgrades and parses the API description at `path`.
///
/// # Errors
/// The first error of any stage, located in the source files.
pub fn read_spec(path: &Path) -> Result<Spec, Diagnostic> {
    parse(upgrade(load::load(path)?)?)
}

/// A loaded document brought into the OpenAPI 3.0 shape: what [`parse`] reads.
#[derive(Debug)]
pub struct Upgraded {
    /// The upgraded JSON.
    pub raw: Value,
    /// The version the source was written in.
    pub version: SpecVersion,
    /// Warnings from loading and the upgrade, each located in the source files.
    pub warnings: Vec<Diagnostic>,
    /// The loaded document; its `root` was moved into [`Upgraded::raw`], so it is `null` here.
    pub document: Document,
    /// Maps pointers in [`Upgraded::raw`] back to the bundled source document.
    pub pointers: PointerMap,
}

/// Stage 2 on a loaded document: [`upgrade::upgrade`] its root, and locate what the upgrade
/// reports in the source files.
///
/// # Errors
/// When the document is not an API description at all.
pub fn upgrade(mut document: Document) -> Result<Upgraded, Diagnostic> {
    let mut raw = std::mem::take(&mut document.root);
    let name = document
        .entry_file()
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let upgraded = match upgrade::upgrade(&mut raw, &name) {
        Ok(u) => u,
        Err(e) => {
            let location = e.pointer.as_deref().and_then(|p| document.locate(p));
            return Err(e.located(location));
        }
    };
    let mut warnings = std::mem::take(&mut document.warnings);
    warnings.extend(upgraded.warnings.into_iter().map(|w| {
        let location = w
            .pointer
            .as_deref()
            .and_then(|p| document.locate(&upgraded.pointers.original(p)));
        w.located(location)
    }));
    Ok(Upgraded {
        raw,
        version: upgraded.version,
        warnings,
        document,
        pointers: upgraded.pointers,
    })
}

/// Stage 3: parses an upgraded document.
///
/// # Errors
/// When `openapiv3` rejects the document after the upgrade's repairs: the error names the
/// pointer, the source location and what to do.
pub fn parse(upgraded: Upgraded) -> Result<Spec, Diagnostic> {
    let Upgraded {
        raw,
        version,
        warnings,
        document,
        pointers,
    } = upgraded;
    match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(&raw) {
        Ok(api) => Ok(Spec {
            api,
            raw,
            version,
            warnings,
            document,
            pointers,
        }),
        Err(e) => {
            let pointer = path_to_pointer(e.path());
            let original = pointers.original(&pointer);
            let location = document.locate(&original);
            let what = if pointer.is_empty() {
                "the document".to_owned()
            } else {
                format!("`#{original}`")
            };
            Err(Diagnostic::error(format!(
                "{what} is not a valid {version} description: {}",
                e.inner()
            ))
            .at(original)
            .located(location)
            .hint(
                "fix the value at the given place (the pointer is the innermost object the parser \
                 could attribute the problem to; the cause may be in one of its fields)",
            ))
        }
    }
}

/// `paths./pets.get` (a serde path) → `/paths/~1pets/get`.
fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                pointer.push('/');
                pointer.push_str(&pointer::escape(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}
