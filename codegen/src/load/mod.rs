//! Stage 1, **load**: reads the entry document (JSON or YAML) and every file it reaches through
//! external `$ref`s, and bundles them into one root document whose refs are all internal.
//!
//! Locations are not computed while loading: the source texts are kept and indexed on the first
//! [`SourceMap::locate`] that needs them.

mod bundle;
mod kind;
mod position;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use crate::diag::{Diagnostic, Location};
use crate::pointer;
use position::PositionIndex;

/// How deeply objects and arrays may nest in a document (the entry, each referenced file, and the
/// bundle). The deepest real description in the reference corpus nests 18 levels; the later
/// stages walk documents recursively (and `openapiv3`'s untagged schema enums are stack-hungry),
/// so a bound keeps them within a 2 MiB thread stack even in a debug build.
pub const MAX_DEPTH: usize = 64;

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
    check_depth(&root, path).map_err(|e| located(e, &sources))?;
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
    check_depth(&value, name).map_err(|e| located_in_text(e, name, text, json))?;
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
    check_depth(&root, name).map_err(|e| located(e, &sources))?;
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
    check_depth(&value, shown).map_err(|e| located_in_text(e, shown, &text, json))?;
    Ok((text, value, json))
}

/// Adds the place of a diagnostic's pointer (into the bundled document) to it.
fn located(diagnostic: Diagnostic, sources: &SourceMap) -> Diagnostic {
    let location = diagnostic
        .pointer
        .as_deref()
        .and_then(|p| sources.locate(p));
    diagnostic.located(location)
}

/// Adds the place of a diagnostic's pointer (into the document `text`, shown as `shown`) to it.
fn located_in_text(diagnostic: Diagnostic, shown: &Path, text: &str, json: bool) -> Diagnostic {
    let location = diagnostic.pointer.as_deref().and_then(|p| {
        let (line, column) = PositionIndex::build(text, json).find(p)?;
        Some(Location {
            file: shown.to_path_buf(),
            line,
            column,
        })
    });
    diagnostic.located(location)
}

/// Rejects a document that nests objects and arrays more than [`MAX_DEPTH`] levels deep, naming
/// the first place that does. The walk is iterative: it is the guard, so it must not recurse.
fn check_depth(value: &Value, shown: &Path) -> Result<(), Diagnostic> {
    enum Children<'a> {
        Object(serde_json::map::Iter<'a>),
        Array(std::iter::Enumerate<std::slice::Iter<'a, Value>>),
    }
    enum Token<'a> {
        Key(&'a str),
        Index(usize),
    }
    fn children(value: &Value) -> Option<Children<'_>> {
        match value {
            Value::Object(map) => Some(Children::Object(map.iter())),
            Value::Array(items) => Some(Children::Array(items.iter().enumerate())),
            _ => None,
        }
    }
    let Some(first) = children(value) else {
        return Ok(());
    };
    // One entry per open container: the token that leads to it and its remaining children.
    let mut stack: Vec<(Option<Token<'_>>, Children<'_>)> = vec![(None, first)];
    while let Some((_, open)) = stack.last_mut() {
        let next = match open {
            Children::Object(it) => it.next().map(|(k, v)| (Token::Key(k), v)),
            Children::Array(it) => it.next().map(|(i, v)| (Token::Index(i), v)),
        };
        let Some((token, child)) = next else {
            stack.pop();
            continue;
        };
        let Some(grandchildren) = children(child) else {
            continue;
        };
        if stack.len() >= MAX_DEPTH {
            let mut pointer = String::new();
            for token in stack.iter().filter_map(|(t, _)| t.as_ref()).chain([&token]) {
                match token {
                    Token::Key(k) => pointer = pointer::push(&pointer, k),
                    Token::Index(i) => pointer = pointer::push(&pointer, &i.to_string()),
                }
            }
            return Err(Diagnostic::error(format!(
                "{} nests objects and arrays more than {MAX_DEPTH} levels deep",
                shown.display()
            ))
            .at(pointer)
            .hint(
                "flatten the nesting: move inner schemas to `components/schemas` and refer to \
                 them with `$ref`",
            ));
        }
        stack.push((Some(token), grandchildren));
    }
    Ok(())
}

fn parse_json(shown: &Path, text: &str) -> Result<Value, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| {
        let location =
            Location { file: shown.to_path_buf(), line: e.line().max(1), column: e.column().max(1) };
        let cause = without_position(&e.to_string(), e.line(), e.column());
        Diagnostic::error(format!("{} is not valid JSON: {cause}", shown.display()))
            .located(Some(location))
            .hint("fix the JSON syntax at the given line and column (a `.json` file is read as JSON only)")
    })
}

/// A parser's message without its " at line L column C" (the diagnostic's location says it);
/// other positions it mentions (e.g. where an enclosing mapping started) are kept.
fn without_position(message: &str, line: usize, column: usize) -> String {
    message.replacen(&format!(" at line {line} column {column}"), "", 1)
}

/// YAML flow collections (`[`, `{`) open at once beyond which a text is rejected before parsing:
/// libyaml's scanner revisits every open flow level at each token, so deep flow nesting takes
/// quadratic time (a minute for 10,000 levels) although it is an error past 128 levels anyway.
/// Counted on the raw text (quoted scalars and comments skipped), so stray brackets in plain
/// text count too: hence a bound well above [`MAX_DEPTH`].
const MAX_FLOW_DEPTH: usize = 4 * MAX_DEPTH;

/// The line and column where `text` first opens more than `limit` YAML flow collections.
fn flow_too_deep(text: &str, limit: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let (mut depth, mut line, mut line_start, mut i) = (0usize, 1usize, 0usize, 0usize);
    // A quote or `#` starts a scalar or comment only at the start of a token.
    let token_start = |i: usize| {
        i == 0
            || matches!(
                bytes.get(i - 1),
                Some(b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b',' | b':')
            )
    };
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    let column = text.get(line_start..i).map_or(1, |s| s.chars().count() + 1);
                    return Some((line, column));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'#' if token_start(i) => {
                while bytes.get(i + 1).is_some_and(|&c| c != b'\n') {
                    i += 1;
                }
            }
            b'"' | b'\'' if token_start(i) => {
                // Skip to the closing quote: `\"` escapes in double quotes, `''` in single.
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    if c == b'\n' {
                        line += 1;
                        line_start = i + 1;
                    } else if b == b'"' && c == b'\\' {
                        i += 1;
                    } else if c == b {
                        if b == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                            i += 1;
                        } else {
                            break;
                        }
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn parse_yaml(shown: &Path, text: &str) -> Result<Value, Diagnostic> {
    if let Some((line, column)) = flow_too_deep(text, MAX_FLOW_DEPTH) {
        return Err(Diagnostic::error(format!(
            "{} nests flow collections (`[`, `{{`) more than {MAX_FLOW_DEPTH} levels deep",
            shown.display()
        ))
        .located(Some(Location { file: shown.to_path_buf(), line, column }))
        .hint("flatten the nesting: move inner schemas to `components/schemas` and refer to them with `$ref`"));
    }
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let location = e.location().map(|l| Location {
            file: shown.to_path_buf(),
            line: l.line().max(1),
            column: l.column().max(1),
        });
        let cause = match e.location() {
            Some(l) => without_position(&e.to_string(), l.line(), l.column()),
            None => e.to_string(),
        };
        Diagnostic::error(format!("{} is not valid YAML: {cause}", shown.display()))
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
