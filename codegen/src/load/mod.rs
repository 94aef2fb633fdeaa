//! Stage 1, **load**: reads the entry document (JSON or YAML) and every file it reaches through
//! external `$ref`s, and bundles them into one root document whose refs are all internal.
//!
//! Locations are not computed while loading: the source texts are kept and indexed on the first
//! [`SourceMap::locate`] that needs them.

mod bundle;
mod copies;
mod files;
mod kind;
mod local;
mod position;
mod refs;
mod text;
mod wide;
mod yaml;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use crate::diag::{Diagnostic, Location};
use files::RefRoot;
use position::PositionIndex;
use text::{check_depth, located_in_text, parse_json, read_file};
use yaml::parse_yaml;

/// How deeply objects and arrays may nest in a document (the entry, each referenced file, and the
/// bundle). The deepest real description in the reference corpus nests 18 levels; the later
/// stages walk documents recursively (and `openapiv3`'s untagged schema enums are stack-hungry),
/// so a bound keeps them within a 2 MiB thread stack even in a debug build.
pub const MAX_DEPTH: usize = 64;

/// The most bytes read from one file (or given as one text): past it, the file is refused.
pub const MAX_FILE_BYTES: u64 = 16 << 20;

/// The most bytes a bundled document may hold (as compact JSON), and the most bytes all the files
/// of one description may hold together. A `$ref` outside components copies what it refers to
/// where it stands, so a few small files can describe a huge bundle (a "billion laughs" of refs);
/// the bundler counts the copies before it makes any, and refuses past this budget.
pub const MAX_BUNDLE_BYTES: u64 = 64 << 20;

/// The bundled API description and where each part of it came from.
#[derive(Debug)]
pub struct Document {
    /// The bundled root document: every `$ref` in it is internal (`#/...`).
    pub root: Value,
    /// The source files and the map from bundled pointers to them.
    pub sources: SourceMap,
    /// What loading noticed and read leniently (integers beyond 64 bits), each located
    /// in its file, with a pointer into that file.
    pub warnings: Vec<Diagnostic>,
}

impl Document {
    /// File, line and column of the value at `pointer` in the bundled document (or of its
    /// nearest ancestor that exists in a source file).
    pub fn locate(&self, pointer: &str) -> Option<Location> {
        self.sources.locate(pointer)
    }

    /// The entry document's path, as given to [`load`].
    pub fn entry_file(&self) -> &Path {
        self.sources
            .files
            .first()
            .map_or(Path::new(""), |f| f.path.as_path())
    }

    /// Every file that went into the bundle, the entry document first.
    pub fn files(&self) -> impl Iterator<Item = &Path> {
        self.sources.files.iter().map(|f| f.path.as_path())
    }
}

/// One source file of a bundle.
#[derive(Debug)]
pub(crate) struct SourceFile {
    /// As shown in diagnostics: the entry path as given, other files relative to its folder.
    pub(crate) path: PathBuf,
    /// Canonical path, the identity of the file.
    pub(crate) canonical: PathBuf,
    pub(crate) text: String,
    pub(crate) json: bool,
    index: OnceLock<PositionIndex>,
}

impl SourceFile {
    fn position(&self, pointer: &str) -> Option<Location> {
        let index = self
            .index
            .get_or_init(|| PositionIndex::build(&self.text, self.json));
        let (line, column) = index.find(pointer)?;
        Some(Location {
            file: self.path.clone(),
            line,
            column,
        })
    }
}

/// Where the parts of a bundled document come from.
///
/// The entry file is mounted at the root; each piece taken from another file is mounted where
/// the bundler put it (e.g. `/components/schemas/Pet` ← `Pet.yaml#`).
#[derive(Debug, Default)]
pub struct SourceMap {
    pub(crate) files: Vec<SourceFile>,
    /// Bundled pointer → (file index, pointer in that file).
    mounts: HashMap<String, (usize, String)>,
    /// The warnings of reading each file, in the order the files were read.
    warnings: Vec<Diagnostic>,
}

impl SourceMap {
    /// File, line and column (1-based) of the value at `pointer` (a JSON pointer into the
    /// bundled root document, `""` for the whole document). When the value itself has no
    /// position (it was synthesised), the nearest ancestor's position is given.
    pub fn locate(&self, pointer: &str) -> Option<Location> {
        let (file, in_file) = self.resolve(pointer)?;
        self.files.get(file)?.position(&in_file)
    }

    /// The file index and in-file pointer of a bundled pointer.
    fn resolve(&self, pointer: &str) -> Option<(usize, String)> {
        let mut prefix = pointer;
        loop {
            if let Some((file, base)) = self.mounts.get(prefix) {
                return Some((*file, format!("{base}{}", &pointer[prefix.len()..])));
            }
            if prefix.is_empty() {
                return Some((0, pointer.to_owned()));
            }
            let cut = prefix.rfind('/')?;
            prefix = &prefix[..cut];
        }
    }

    /// The location of a pointer inside one particular file (not a bundled pointer).
    pub(super) fn locate_in_file(&self, file: usize, pointer: &str) -> Option<Location> {
        self.files.get(file)?.position(pointer)
    }

    pub(super) fn mount(&mut self, bundled: String, file: usize, in_file: String) {
        self.mounts.insert(bundled, (file, in_file));
    }
}

/// Reads the API description at `path` and bundles every file it references. External `$ref`s
/// may read files in the description's folder (and below) only; see [`load_within`].
///
/// # Errors
/// A file that cannot be read or parsed, or is larger than [`MAX_FILE_BYTES`]; a `$ref` to a
/// missing file or pointer, to a URL, by an absolute path or out of the description's folder; a
/// bundle larger than [`MAX_BUNDLE_BYTES`]; a path item that references itself.
pub fn load(path: &Path) -> Result<Document, Diagnostic> {
    load_within(path, None)
}

/// As [`load`], with the folder external `$ref`s may read named: `ref_root` (which must hold the
/// description) instead of the description's own folder. Paths are compared once symbolic links
/// are resolved; URLs and absolute paths stay refused.
///
/// # Errors
/// As [`load`], and when `ref_root` cannot be read or does not hold the description.
pub fn load_within(path: &Path, ref_root: Option<&Path>) -> Result<Document, Diagnostic> {
    let canonical = std::fs::canonicalize(path).map_err(|e| {
        Diagnostic::error(format!("cannot read {}: {e}", path.display()))
            .hint("check the path of the API description")
    })?;
    let root = match ref_root {
        Some(dir) => RefRoot::named(dir)?,
        None => RefRoot::of_entry(&canonical, path),
    };
    root.holds_entry(&canonical, path)?;
    let read = read_file(path, &canonical)?;
    let mut sources = SourceMap {
        warnings: read.warnings,
        ..SourceMap::default()
    };
    sources.files.push(SourceFile {
        path: path.to_path_buf(),
        canonical,
        text: read.text,
        json: read.json,
        index: OnceLock::new(),
    });
    let root = bundle::bundle(read.value, &mut sources, Some(root))?;
    finish(root, sources, path)
}

/// Loads an API description held in memory (the fuzz targets' and tools' entry point).
///
/// `text` is the entry document, shown as `name` in diagnostics; `json` selects the JSON parser,
/// otherwise it is read as YAML (a superset of JSON). External `$ref`s are resolved relative to
/// `base_dir` when one is given, as if the document were the file `base_dir/name`, and may read
/// files in that folder (and below) only; without one, an external `$ref` is an error and no file
/// is read.
///
/// # Errors
/// As [`load`], plus any external `$ref` when `base_dir` is `None`.
pub fn load_str(
    name: &Path,
    text: &str,
    json: bool,
    base_dir: Option<&Path>,
) -> Result<Document, Diagnostic> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(text::too_big(name));
    }
    let (value, warnings) = if json {
        parse_json(name, text)?
    } else {
        parse_yaml(name, text)?
    };
    check_depth(&value, name).map_err(|e| located_in_text(e, name, text, json))?;
    let root = base_dir.map(RefRoot::named).transpose()?;
    let file_name = name.file_name().unwrap_or(name.as_os_str());
    let canonical = match &root {
        Some(root) => root.canonical().join(file_name),
        None => name.to_path_buf(),
    };
    let mut sources = SourceMap {
        warnings,
        ..SourceMap::default()
    };
    sources.files.push(SourceFile {
        path: name.to_path_buf(),
        canonical,
        text: text.to_owned(),
        json,
        index: OnceLock::new(),
    });
    let root = bundle::bundle(value, &mut sources, root)?;
    finish(root, sources, name)
}

/// The loaded document, once bundled: within the nesting bound, its local `$ref`s settled.
fn finish(mut root: Value, mut sources: SourceMap, shown: &Path) -> Result<Document, Diagnostic> {
    check_depth(&root, shown).map_err(|e| located(e, &sources))?;
    local::settle(&mut root, &mut sources);
    let warnings = std::mem::take(&mut sources.warnings);
    Ok(Document {
        root,
        sources,
        warnings,
    })
}

/// `base`, or the first of `base{sep}2`, `base{sep}3`… not in `names`; taken into `names`.
fn claim_name(names: &mut HashSet<String>, base: String, sep: &str) -> String {
    let mut name = base.clone();
    let mut n = 2;
    while names.contains(&name) {
        name = format!("{base}{sep}{n}");
        n += 1;
    }
    names.insert(name.clone());
    name
}

/// Adds the place of a diagnostic's pointer (into the bundled document) to it.
fn located(diagnostic: Diagnostic, sources: &SourceMap) -> Diagnostic {
    let location = diagnostic
        .pointer
        .as_deref()
        .and_then(|p| sources.locate(p));
    diagnostic.located(location)
}
