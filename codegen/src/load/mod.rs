//! Stage 1, **load**: reads the entry document (JSON or YAML) and every file it reaches through
//! external `$ref`s, and bundles them into one root document whose refs are all internal.
//!
//! Locations are not computed while loading: the source texts are kept and indexed on the first
//! [`SourceMap::locate`] that needs them.

mod bundle;
mod position;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use crate::diag::{Diagnostic, Location};
use position::PositionIndex;

/// The bundled API description and where each part of it came from.
#[derive(Debug)]
pub struct Document {
    /// The bundled root document: every `$ref` in it is internal (`#/...`).
    pub root: Value,
    /// The source files and the map from bundled pointers to them.
    pub sources: SourceMap,
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
    pub(crate) fn locate_in_file(&self, file: usize, pointer: &str) -> Option<Location> {
        self.files.get(file)?.position(pointer)
    }

    pub(crate) fn mount(&mut self, bundled: String, file: usize, in_file: String) {
        self.mounts.insert(bundled, (file, in_file));
    }
}

/// Reads the API description at `path` and bundles every file it references.
///
/// # Errors
/// A file that cannot be read or parsed, a `$ref` to a missing file or pointer, a remote `$ref`,
/// or a path item that references itself.
pub fn load(path: &Path) -> Result<Document, Diagnostic> {
    let canonical = std::fs::canonicalize(path).map_err(|e| {
        Diagnostic::error(format!("cannot read {}: {e}", path.display()))
            .hint("check the path of the API description")
    })?;
    let (text, value, json) = read_file(path, &canonical)?;
    let mut sources = SourceMap::default();
    sources.files.push(SourceFile {
        path: path.to_path_buf(),
        canonical,
        text,
        json,
        index: OnceLock::new(),
    });
    let root = bundle::bundle(value, &mut sources, true)?;
    Ok(Document { root, sources })
}

/// Loads an API description held in memory (the fuzz targets' and tools' entry point).
///
/// `text` is the entry document, shown as `name` in diagnostics; `json` selects the JSON parser,
/// otherwise it is read as YAML (a superset of JSON). External `$ref`s are resolved relative to
/// `base_dir` when one is given, as if the document were the file `base_dir/name`; without one,
/// an external `$ref` is an error and no file is read.
///
/// # Errors
/// As [`load`], plus any external `$ref` when `base_dir` is `None`.
pub fn load_str(
    name: &Path,
    text: &str,
    json: bool,
    base_dir: Option<&Path>,
) -> Result<Document, Diagnostic> {
    let value = if json {
        parse_json(name, text)?
    } else {
        parse_yaml(name, text)?
    };
    let canonical = match base_dir {
        Some(dir) => std::fs::canonicalize(dir)
            .map_err(|e| {
                Diagnostic::error(format!("cannot read folder {}: {e}", dir.display()))
                    .hint("external `$ref`s are resolved relative to this folder")
            })?
            .join(name.file_name().unwrap_or(name.as_os_str())),
        None => name.to_path_buf(),
    };
    let mut sources = SourceMap::default();
    sources.files.push(SourceFile {
        path: name.to_path_buf(),
        canonical,
        text: text.to_owned(),
        json,
        index: OnceLock::new(),
    });
    let root = bundle::bundle(value, &mut sources, base_dir.is_some())?;
    Ok(Document { root, sources })
}

/// Reads and parses one file; `shown` is the path used in diagnostics.
pub(crate) fn read_file(shown: &Path, real: &Path) -> Result<(String, Value, bool), Diagnostic> {
    let text = std::fs::read_to_string(real).map_err(|e| {
        Diagnostic::error(format!("cannot read {}: {e}", shown.display()))
            .hint("check that the file exists and is UTF-8 text")
    })?;
    let ext = real
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let (value, json) = match ext.as_str() {
        "json" => (parse_json(shown, &text)?, true),
        "yaml" | "yml" => (parse_yaml(shown, &text)?, false),
        _ => match serde_json::from_str::<Value>(&text) {
            Ok(v) => (v, true),
            Err(_) => (parse_yaml(shown, &text)?, false),
        },
    };
    Ok((text, value, json))
}

fn parse_json(shown: &Path, text: &str) -> Result<Value, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| {
        let location =
            Location { file: shown.to_path_buf(), line: e.line().max(1), column: e.column().max(1) };
        Diagnostic::error(format!("{} is not valid JSON: {e}", shown.display()))
            .located(Some(location))
            .hint("fix the JSON syntax at the given line and column (a `.json` file is read as JSON only)")
    })
}

fn parse_yaml(shown: &Path, text: &str) -> Result<Value, Diagnostic> {
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let location = e.location().map(|l| Location {
            file: shown.to_path_buf(),
            line: l.line().max(1),
            column: l.column().max(1),
        });
        Diagnostic::error(format!("{} is not valid YAML: {e}", shown.display()))
            .located(location)
            .hint(
                "fix the YAML syntax at the given line and column (check indentation and quoting)",
            )
    })?;
    Ok(yaml_to_json(yaml))
}

/// Converts a YAML value to JSON: non-string keys become their text, tags are dropped, merge
/// keys (`<<`) are applied.
fn yaml_to_json(mut yaml: serde_yaml::Value) -> Value {
    // Merge keys: errors (e.g. a merge of a scalar) leave the mapping as it is.
    let _ = yaml.apply_merge();
    convert_yaml(yaml)
}

fn convert_yaml(yaml: serde_yaml::Value) -> Value {
    use serde_yaml::Value as Y;
    match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map_or_else(|| Value::String(n.to_string()), Value::Number)
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(items.into_iter().map(convert_yaml).collect()),
        Y::Mapping(map) => {
            let mut out = serde_json::Map::with_capacity(map.len());
            for (k, v) in map {
                out.insert(yaml_key(k), convert_yaml(v));
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => convert_yaml(tagged.value),
    }
}

fn yaml_key(key: serde_yaml::Value) -> String {
    use serde_yaml::Value as Y;
    match key {
        Y::String(s) => s,
        Y::Null => "null".to_owned(),
        Y::Bool(b) => b.to_string(),
        Y::Number(n) => n.to_string(),
        Y::Tagged(t) => yaml_key(t.value),
        other => serde_json::to_string(&convert_yaml(other)).unwrap_or_default(),
    }
}
