//! Bundling: external `$ref`s are replaced by internal ones to copies placed in the root's own
//! components (or inlined, for path items and kinds Swagger 2 has no section for).

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::kind::{Kind, Part, step};
use super::{SourceFile, SourceMap, read_file};
use crate::diag::Diagnostic;
use crate::pointer;

/// A `$ref` target: file index and fragment (a JSON pointer, `""` for the whole file).
type Target = (usize, String);

struct Bundler<'a> {
    sources: &'a mut SourceMap,
    /// Parsed content of each source file (same indices as `sources.files`).
    values: Vec<Value>,
    by_canonical: HashMap<PathBuf, usize>,
    /// Target → internal ref that replaces it.
    placed: HashMap<Target, String>,
    /// Entry component slots reserved for their external target and not yet filled.
    slot_pending: HashSet<String>,
    /// Names in use per section (first token path joined by '/').
    taken: HashMap<String, HashSet<String>>,
    /// Pieces to add to the root: section path, name, value.
    pending: Vec<(&'static [&'static str], String, Value)>,
    /// Targets being inlined right now (cycle detection).
    inlining: Vec<Target>,
    swagger: bool,
    read_files: bool,
    entry_dir: PathBuf,
    shown_entry_dir: PathBuf,
}

/// Bundles `root` (the parsed entry file, `sources.files[0]`); `read_files` is false for an
/// in-memory document with no folder, where a `$ref` to another file is an error.
pub(super) fn bundle(
    mut root: Value,
    sources: &mut SourceMap,
    read_files: bool,
) -> Result<Value, Diagnostic> {
    let Some(entry) = sources.files.first() else {
        return Ok(root);
    };
    let swagger = root.get("swagger").is_some();
    let entry_dir = entry
        .canonical
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let shown_entry_dir = entry
        .path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let canonical = entry.canonical.clone();
    let mut taken: HashMap<String, HashSet<String>> = HashMap::new();
    for item in [
        Part::Schema,
        Part::Parameter,
        Part::Response,
        Part::RequestBody,
        Part::Header,
        Part::Example,
        Part::SecurityScheme,
        Part::Link,
        Part::Callback,
    ] {
        if let Some(section) = item.section(swagger) {
            let mut names = HashSet::new();
            let mut at = Some(&root);
            for token in section {
                at = at.and_then(|v| v.get(token));
            }
            if let Some(Value::Object(map)) = at {
                names.extend(map.keys().cloned());
            }
            taken.insert(section.join("/"), names);
        }
    }
    let mut bundler = Bundler {
        sources,
        values: vec![Value::Null],
        by_canonical: HashMap::from([(canonical, 0)]),
        placed: HashMap::new(),
        slot_pending: HashSet::new(),
        taken,
        pending: Vec::new(),
        inlining: Vec::new(),
        swagger,
        read_files,
        entry_dir,
        shown_entry_dir,
    };
    if !has_external_refs(&root) {
        return Ok(root);
    }
    // The entry's own content is needed to resolve refs from other files back into it.
    if let Some(first) = bundler.values.first_mut() {
        *first = root.clone();
    }
    bundler.reserve_own_slots(&root)?;
    let mut file_ptr = String::new();
    let mut bundled_ptr = String::new();
    bundler.walk(&mut root, Kind::Root, 0, &mut file_ptr, &mut bundled_ptr)?;
    for (section, name, value) in std::mem::take(&mut bundler.pending) {
        insert_at(&mut root, section, name, value);
    }
    Ok(root)
}

/// True when some `$ref` is not internal: the common case (none) skips bundling entirely.
fn has_external_refs(value: &Value) -> bool {
    match value {
        Value::Object(map) => map.iter().any(|(k, v)| {
            (k == "$ref" && v.as_str().is_some_and(|r| !r.starts_with('#'))) || has_external_refs(v)
        }),
        Value::Array(items) => items.iter().any(has_external_refs),
        _ => false,
    }
}

fn insert_at(root: &mut Value, section: &[&str], name: String, value: Value) {
    let mut at = root;
    for token in section {
        let Value::Object(map) = at else { return };
        at = map
            .entry((*token).to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    if let Value::Object(map) = at {
        map.insert(name, value);
    }
}

impl Bundler<'_> {
    /// Rewrites the refs in `value` (of kind `kind`, at `file_ptr` in file `file` and at
    /// `bundled_ptr` in the bundle).
    fn walk(
        &mut self,
        value: &mut Value,
        kind: Kind,
        file: usize,
        file_ptr: &mut String,
        bundled_ptr: &mut String,
    ) -> Result<(), Diagnostic> {
        if kind == Kind::Literal {
            return Ok(());
        }
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    let reference = reference.clone();
                    if let Some(replacement) =
                        self.reference(&reference, kind, file, file_ptr, bundled_ptr)?
                    {
                        match replacement {
                            Replacement::Ref(new_ref) => {
                                map.insert("$ref".to_owned(), Value::String(new_ref));
                            }
                            Replacement::Inline(content) => {
                                let siblings = std::mem::take(map);
                                *value = content;
                                if let Value::Object(inlined) = value {
                                    for (k, v) in siblings {
                                        if k != "$ref" {
                                            inlined.insert(k, v);
                                        }
                                    }
                                }
                                return Ok(());
                            }
                        }
                    }
                }
                let Value::Object(map) = value else {
                    return Ok(());
                };
                for (key, child) in map.iter_mut() {
                    if key == "$ref" {
                        continue;
                    }
                    let (f_len, b_len) = (file_ptr.len(), bundled_ptr.len());
                    let token = pointer::escape(key);
                    file_ptr.push('/');
                    file_ptr.push_str(&token);
                    bundled_ptr.push('/');
                    bundled_ptr.push_str(&token);
                    let result = self.walk(child, step(kind, key), file, file_ptr, bundled_ptr);
                    file_ptr.truncate(f_len);
                    bundled_ptr.truncate(b_len);
                    result?;
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter_mut().enumerate() {
                    let (f_len, b_len) = (file_ptr.len(), bundled_ptr.len());
                    let token = i.to_string();
                    file_ptr.push('/');
                    file_ptr.push_str(&token);
                    bundled_ptr.push('/');
                    bundled_ptr.push_str(&token);
                    let result = self.walk(child, step(kind, &token), file, file_ptr, bundled_ptr);
                    file_ptr.truncate(f_len);
                    bundled_ptr.truncate(b_len);
                    result?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Handles one `$ref` found in file `file` at `file_ptr`; `None` leaves it as it is.
    fn reference(
        &mut self,
        reference: &str,
        kind: Kind,
        file: usize,
        file_ptr: &str,
        bundled_ptr: &str,
    ) -> Result<Option<Replacement>, Diagnostic> {
        if file == 0 && reference.starts_with('#') {
            return Ok(None);
        }
        let target = self.resolve(reference, file, file_ptr)?;
        // Back into the entry document: an internal ref.
        if target.0 == 0 {
            return Ok(Some(Replacement::Ref(format!("#{}", target.1))));
        }
        let item = match kind {
            Kind::Item(item) => Some(item),
            _ => None,
        };
        let section = item.and_then(|i| i.section(self.swagger));
        let Some(section) = section else {
            // Inline: path items, kinds without a section, unknown places.
            if self.inlining.contains(&target) {
                return Err(self.error_at(
                    file,
                    file_ptr,
                    format!("`$ref: {reference}` is part of a cycle that cannot be inlined"),
                    "only schemas, parameters, responses and similar components may refer to \
                     themselves; a path item must not",
                ));
            }
            self.inlining.push(target.clone());
            let mut content = self.target_value(&target, reference, file, file_ptr)?;
            let mut t_ptr = target.1.clone();
            let mut b_ptr = bundled_ptr.to_owned();
            self.sources
                .mount(bundled_ptr.to_owned(), target.0, target.1.clone());
            let result = self.walk(&mut content, kind, target.0, &mut t_ptr, &mut b_ptr);
            self.inlining.pop();
            result?;
            return Ok(Some(Replacement::Inline(content)));
        };
        // The entry's own component slot (`components/schemas/Error: {$ref: common.yaml#/Error}`,
        // the usual index-file layout): the target takes that slot and keeps its name, rather
        // than becoming a second component that the first merely aliases. `bundle` reserved
        // these slots before the walk, so refs met earlier already point here.
        let own = format!("#{bundled_ptr}");
        if file == 0 && self.placed.get(&target) == Some(&own) && self.slot_pending.remove(&own) {
            let mut content = self.target_value(&target, reference, file, file_ptr)?;
            self.sources
                .mount(bundled_ptr.to_owned(), target.0, target.1.clone());
            let mut t_ptr = target.1.clone();
            let mut b_ptr = bundled_ptr.to_owned();
            self.walk(&mut content, kind, target.0, &mut t_ptr, &mut b_ptr)?;
            return Ok(Some(Replacement::Inline(content)));
        }
        if let Some(done) = self.placed.get(&target) {
            return Ok(Some(Replacement::Ref(done.clone())));
        }
        let mut content = self.target_value(&target, reference, file, file_ptr)?;
        let name = self.name_for(section, &target);
        let mut b_ptr = String::new();
        for token in section {
            b_ptr = pointer::push(&b_ptr, token);
        }
        b_ptr = pointer::push(&b_ptr, &name);
        let new_ref = format!("#{b_ptr}");
        // Recorded before walking the copy, so a cycle back to it ends here.
        self.placed.insert(target.clone(), new_ref.clone());
        self.sources
            .mount(b_ptr.clone(), target.0, target.1.clone());
        let mut t_ptr = target.1.clone();
        self.walk(&mut content, kind, target.0, &mut t_ptr, &mut b_ptr)?;
        self.pending.push((section, name, content));
        Ok(Some(Replacement::Ref(new_ref)))
    }

    /// Entry components that are nothing but an external `$ref` keep their slot for the target.
    fn reserve_own_slots(&mut self, root: &Value) -> Result<(), Diagnostic> {
        let parts = [
            Part::Schema,
            Part::Parameter,
            Part::Response,
            Part::RequestBody,
            Part::Header,
            Part::Example,
            Part::SecurityScheme,
            Part::Link,
            Part::Callback,
        ];
        for part in parts {
            let Some(section) = part.section(self.swagger) else {
                continue;
            };
            let mut at = Some(root);
            let mut section_ptr = String::new();
            for token in section {
                at = at.and_then(|v| v.get(token));
                section_ptr = pointer::push(&section_ptr, token);
            }
            let Some(Value::Object(map)) = at else {
                continue;
            };
            for (name, value) in map {
                let Some(Value::String(reference)) = value.get("$ref") else {
                    continue;
                };
                if reference.starts_with('#') || value.as_object().is_some_and(|o| o.len() != 1) {
                    continue;
                }
                let slot = pointer::push(&section_ptr, name);
                let target = self.resolve(reference, 0, &pointer::push(&slot, "$ref"))?;
                if target.0 != 0 && !self.placed.contains_key(&target) {
                    let own = format!("#{slot}");
                    self.placed.insert(target, own.clone());
                    self.slot_pending.insert(own);
                }
            }
        }
        Ok(())
    }

    /// A free name in `section` for `target`: the fragment's last token, else the file stem.
    fn name_for(&mut self, section: &[&str], target: &Target) -> String {
        let base = target
            .1
            .rsplit('/')
            .next()
            .filter(|t| !t.is_empty())
            .map(pointer::unescape)
            .or_else(|| {
                let file = self.sources.files.get(target.0)?;
                Some(file.canonical.file_stem()?.to_string_lossy().into_owned())
            })
            .unwrap_or_else(|| "Ref".to_owned());
        let names = self.taken.entry(section.join("/")).or_default();
        let mut name = base.clone();
        let mut n = 2;
        while names.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        names.insert(name.clone());
        name
    }

    /// The file and fragment a `$ref` written in file `file` points to; loads the file.
    fn resolve(
        &mut self,
        reference: &str,
        file: usize,
        file_ptr: &str,
    ) -> Result<Target, Diagnostic> {
        let (path_part, fragment) = match reference.split_once('#') {
            Some((p, f)) => (p, f),
            None => (reference, ""),
        };
        let fragment = percent_decode(fragment);
        if !fragment.is_empty() && !fragment.starts_with('/') {
            return Err(self.error_at(
                file,
                file_ptr,
                format!("`$ref: {reference}` has a fragment that is not a JSON pointer"),
                "write the fragment as a JSON pointer, e.g. `#/definitions/Pet`",
            ));
        }
        if path_part.is_empty() {
            return Ok((file, fragment));
        }
        if path_part.contains("://") {
            return Err(self.error_at(
                file,
                file_ptr,
                format!("`$ref: {reference}` refers to a remote document"),
                "download the referenced document next to the API description and refer to it \
                 by a relative path",
            ));
        }
        if !self.read_files {
            return Err(self.error_at(
                file,
                file_ptr,
                format!("`$ref: {reference}` refers to another file, and this document was not read from a folder"),
                "load the API description from a file, or give the folder its `$ref`s are relative to",
            ));
        }
        let relative = percent_decode(path_part);
        let base_dir = self
            .sources
            .files
            .get(file)
            .and_then(|f| f.canonical.parent())
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let joined = base_dir.join(&relative);
        let canonical = std::fs::canonicalize(&joined).map_err(|e| {
            self.error_at(
                file,
                file_ptr,
                format!("`$ref: {reference}` refers to a file that cannot be read: {e}"),
                "check the path: it is relative to the folder of the file holding the `$ref`",
            )
        })?;
        if let Some(&index) = self.by_canonical.get(&canonical) {
            return Ok((index, fragment));
        }
        // A device or a pipe (`$ref: /dev/zero`) may never end: refer to regular files only.
        if !std::fs::metadata(&canonical).is_ok_and(|m| m.is_file()) {
            return Err(self.error_at(
                file,
                file_ptr,
                format!("`$ref: {reference}` refers to something that is not a regular file"),
                "check the path: it is relative to the folder of the file holding the `$ref`",
            ));
        }
        let shown = self.shown_path(&canonical);
        let (text, value, json) = read_file(&shown, &canonical)?;
        let index = self.sources.files.len();
        self.sources.files.push(SourceFile {
            path: shown,
            canonical: canonical.clone(),
            text,
            json,
            index: OnceLock::new(),
        });
        self.values.push(value);
        self.by_canonical.insert(canonical, index);
        Ok((index, fragment))
    }

    /// The entry folder as given joined with the file's path relative to it, when it is inside.
    fn shown_path(&self, canonical: &Path) -> PathBuf {
        match canonical.strip_prefix(&self.entry_dir) {
            Ok(rel) => self.shown_entry_dir.join(rel),
            Err(_) => relative_path(&self.entry_dir, canonical)
                .map(|rel| self.shown_entry_dir.join(rel))
                .unwrap_or_else(|| canonical.to_path_buf()),
        }
    }

    fn target_value(
        &self,
        target: &Target,
        reference: &str,
        file: usize,
        file_ptr: &str,
    ) -> Result<Value, Diagnostic> {
        self.values
            .get(target.0)
            .and_then(|v| v.pointer(&target.1))
            .cloned()
            .ok_or_else(|| {
                let target_file = self
                    .sources
                    .files
                    .get(target.0)
                    .map(|f| f.path.display().to_string());
                self.error_at(
                    file,
                    file_ptr,
                    format!(
                        "`$ref: {reference}`: {} has nothing at `{}`",
                        target_file.unwrap_or_default(),
                        if target.1.is_empty() { "#" } else { &target.1 }
                    ),
                    "check the pointer after `#` against the referenced file",
                )
            })
    }

    /// An error about the `$ref` at `file_ptr` (the object holding it) in file `file`.
    fn error_at(&self, file: usize, file_ptr: &str, message: String, hint: &str) -> Diagnostic {
        let ref_ptr = pointer::push(file_ptr, "$ref");
        let shown = self
            .sources
            .files
            .get(file)
            .map(|f| f.path.display().to_string());
        let message = match shown {
            Some(path) => format!("in {path}: {message}"),
            None => message,
        };
        Diagnostic::error(message)
            .at(ref_ptr.clone())
            .located(self.sources.locate_in_file(file, &ref_ptr))
            .hint(hint)
    }
}

enum Replacement {
    Ref(String),
    Inline(Value),
}

/// `%XX` decoding of a ref (invalid sequences are kept as they are).
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    // Indexing is in bounds: `i < bytes.len()` in the loop condition.
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).and_then(|b| (*b as char).to_digit(16)),
                bytes.get(i + 2).and_then(|b| (*b as char).to_digit(16)),
            )
        {
            // Two hex digits make at most 255.
            out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `to` relative to `from` (both canonical), with `..` steps.
fn relative_path(from: &Path, to: &Path) -> Option<PathBuf> {
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return None;
    }
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for c in &to[common..] {
        out.push(c.as_os_str());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("/a%20b/%7Bid%7D"), "/a b/{id}");
        assert_eq!(percent_decode("/100%"), "/100%");
    }

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative_path(Path::new("/a/b/c"), Path::new("/a/d/e.yaml")),
            Some(PathBuf::from("../../d/e.yaml"))
        );
    }
}
