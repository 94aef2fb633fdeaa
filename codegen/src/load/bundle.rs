//! Bundling: external `$ref`s are replaced by internal ones to copies placed in the root's own
//! components, or by the content they refer to (path items, and kinds Swagger 2 has no section
//! for), made by [`copies`](super::copies) once the bundle is known to fit its budget.
//! [`files`](super::files) decides which files may be read.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::copies::{Copies, Key, OverBudget, Target, json_len, splice};
use super::files::{Files, OpenError, RefRoot};
use super::kind::{Kind, Part, step};
use super::{MAX_BUNDLE_BYTES, SourceMap, claim_name, refs};
use crate::diag::Diagnostic;
use crate::pointer;

struct Bundler<'a> {
    files: Files<'a>,
    copies: Copies,
    /// Target → internal ref that replaces it.
    placed: HashMap<Target, String>,
    /// Entry component slots reserved for their external target and not yet filled.
    slot_pending: HashSet<String>,
    /// Names in use per section (first token path joined by '/').
    taken: HashMap<String, HashSet<String>>,
    /// Pieces to add to the root: section path, name, value.
    pending: Vec<(&'static [&'static str], String, Value)>,
    /// Targets being resolved for copies right now (cycle detection).
    resolving: Vec<Target>,
    swagger: bool,
}

/// What replaces a `$ref` object.
enum Replacement {
    /// An internal `$ref`.
    Ref(String),
    /// The content, in place (an entry component slot taken by its target).
    Inline(Value),
    /// A copy of the target, made at the end: the `$ref` object stays until then.
    Copy,
}

/// Bundles `root` (the parsed entry file, `sources.files[0]`). External `$ref`s may read files
/// inside `ref_root` only; without one (a document in memory) they are errors.
pub(super) fn bundle(
    mut root: Value,
    sources: &mut SourceMap,
    ref_root: Option<RefRoot>,
) -> Result<Value, Diagnostic> {
    if sources.files.is_empty() || !has_external_refs(&root) {
        return Ok(root);
    }
    let swagger = root.get("swagger").is_some();
    let mut bundler = Bundler {
        files: Files::new(sources, ref_root),
        copies: Copies::new(json_len(&root)),
        placed: HashMap::new(),
        slot_pending: HashSet::new(),
        taken: taken_names(&root, swagger),
        pending: Vec::new(),
        resolving: Vec::new(),
        swagger,
    };
    bundler.reserve_own_slots(&root)?;
    let mut file_ptr = String::new();
    let mut bundled_ptr = String::new();
    bundler.walk(&mut root, Kind::Root, 0, &mut file_ptr, &mut bundled_ptr)?;
    let Bundler {
        files,
        mut copies,
        pending,
        ..
    } = bundler;
    copies.make_entry_copies(&mut root, files.sources);
    for (section, name, value) in pending {
        insert_at(&mut root, section, name, value);
    }
    copies.make_placed_copies(&mut root, files.sources);
    Ok(root)
}

/// The names in each components section of the entry.
fn taken_names(root: &Value, swagger: bool) -> HashMap<String, HashSet<String>> {
    let mut taken = HashMap::new();
    for part in Part::WITH_SECTIONS {
        if let Some(section) = part.section(swagger) {
            let mut names = HashSet::new();
            if let Some(Value::Object(map)) = at_section(root, section) {
                names.extend(map.keys().cloned());
            }
            taken.insert(section.join("/"), names);
        }
    }
    taken
}

fn at_section<'v>(root: &'v Value, section: &[&str]) -> Option<&'v Value> {
    section.iter().try_fold(root, |at, token| at.get(token))
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
    /// `bundled_ptr` in the bundle, or in the target being resolved).
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
        if let Value::Object(map) = value
            && let Some(Value::String(reference)) = map.get("$ref")
        {
            let reference = reference.clone();
            match self.reference(&reference, kind, file, file_ptr, bundled_ptr)? {
                None => {}
                Some(Replacement::Ref(new_ref)) => {
                    map.insert("$ref".to_owned(), Value::String(new_ref));
                }
                Some(Replacement::Inline(content)) => {
                    splice(value, content);
                    return Ok(());
                }
                Some(Replacement::Copy) => return Ok(()),
            }
        }
        let children: Box<dyn Iterator<Item = (String, &mut Value)>> = match value {
            Value::Object(map) => Box::new(
                map.iter_mut()
                    .filter(|(key, _)| *key != "$ref")
                    .map(|(key, child)| (key.clone(), child)),
            ),
            Value::Array(items) => Box::new(
                items
                    .iter_mut()
                    .enumerate()
                    .map(|(i, child)| (i.to_string(), child)),
            ),
            _ => return Ok(()),
        };
        for (key, child) in children {
            let (f_len, b_len) = (file_ptr.len(), bundled_ptr.len());
            let token = pointer::escape(&key);
            file_ptr.push('/');
            file_ptr.push_str(&token);
            bundled_ptr.push('/');
            bundled_ptr.push_str(&token);
            let result = self.walk(child, step(kind, &key), file, file_ptr, bundled_ptr);
            file_ptr.truncate(f_len);
            bundled_ptr.truncate(b_len);
            result?;
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
        let section = match kind {
            Kind::Item(item) => item.section(self.swagger),
            _ => None,
        };
        let Some(section) = section else {
            // Copied: path items, kinds without a section, unknown places.
            let key = (target, kind);
            self.copy(key, reference, file, file_ptr, bundled_ptr)?;
            return Ok(Some(Replacement::Copy));
        };
        // The entry's own component slot (`components/schemas/Error: {$ref: common.yaml#/Error}`,
        // the usual index-file layout): the target takes that slot and keeps its name, rather
        // than becoming a second component that the first merely aliases. `bundle` reserved
        // these slots before the walk, so refs met earlier already point here.
        let own = format!("#{bundled_ptr}");
        if file == 0 && self.placed.get(&target) == Some(&own) && self.slot_pending.remove(&own) {
            let content = self.fill_slot(&target, kind, reference, file, file_ptr, bundled_ptr)?;
            return Ok(Some(Replacement::Inline(content)));
        }
        if let Some(done) = self.placed.get(&target) {
            return Ok(Some(Replacement::Ref(done.clone())));
        }
        let new_ref = self.place(target, kind, section, reference, file, file_ptr)?;
        Ok(Some(Replacement::Ref(new_ref)))
    }

    /// A copy of `key`'s target goes where the `$ref` at `bundled_ptr` stands; the target is
    /// resolved the first time.
    fn copy(
        &mut self,
        key: Key,
        reference: &str,
        file: usize,
        file_ptr: &str,
        bundled_ptr: &str,
    ) -> Result<(), Diagnostic> {
        if !self.copies.is_resolved(&key) {
            let target = key.0.clone();
            if self.resolving.contains(&target) {
                return Err(self.error_at(
                    file,
                    file_ptr,
                    format!("`$ref: {reference}` is part of a cycle that cannot be inlined"),
                    "only schemas, parameters, responses and similar components may refer to \
                     themselves; a path item must not",
                ));
            }
            self.resolving.push(target);
            let result = self.resolve_copied(&key, reference, file, file_ptr);
            self.resolving.pop();
            result?;
        }
        self.copies
            .copy_to(bundled_ptr, key)
            .map_err(|over| self.over_budget(over, reference, file, file_ptr, true))
    }

    /// Walks the content of a target that is copied, once; pointers in it are relative to it.
    fn resolve_copied(
        &mut self,
        key: &Key,
        reference: &str,
        file: usize,
        file_ptr: &str,
    ) -> Result<(), Diagnostic> {
        let (target, kind) = key;
        let mut content = self.target_value(target, reference, file, file_ptr)?;
        self.copies
            .begin_resolving(json_len(&content))
            .map_err(|over| self.over_budget(over, reference, file, file_ptr, true))?;
        self.copies
            .mount(self.files.sources, "", target.0, &target.1);
        let mut t_ptr = target.1.clone();
        let mut b_ptr = String::new();
        let result = self.walk(&mut content, *kind, target.0, &mut t_ptr, &mut b_ptr);
        self.copies.end_resolving(key.clone(), content, result)
    }

    /// The content of `target` for the entry's own slot at `bundled_ptr`.
    fn fill_slot(
        &mut self,
        target: &Target,
        kind: Kind,
        reference: &str,
        file: usize,
        file_ptr: &str,
        bundled_ptr: &str,
    ) -> Result<Value, Diagnostic> {
        let mut content = self.target_value(target, reference, file, file_ptr)?;
        self.copies
            .charge(json_len(&content))
            .map_err(|over| self.over_budget(over, reference, file, file_ptr, false))?;
        self.copies
            .mount(self.files.sources, bundled_ptr, target.0, &target.1);
        let mut t_ptr = target.1.clone();
        let mut b_ptr = bundled_ptr.to_owned();
        self.walk(&mut content, kind, target.0, &mut t_ptr, &mut b_ptr)?;
        Ok(content)
    }

    /// Places `target` in `section` of the root under a free name; the internal ref to it.
    fn place(
        &mut self,
        target: Target,
        kind: Kind,
        section: &'static [&'static str],
        reference: &str,
        file: usize,
        file_ptr: &str,
    ) -> Result<String, Diagnostic> {
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
        self.copies.begin_placed();
        let charged = self.copies.charge(json_len(&content));
        self.copies
            .mount(self.files.sources, &b_ptr, target.0, &target.1);
        let mut t_ptr = target.1.clone();
        let result = charged
            .map_err(|over| self.over_budget(over, reference, file, file_ptr, false))
            .and_then(|()| self.walk(&mut content, kind, target.0, &mut t_ptr, &mut b_ptr));
        self.copies.end_placed();
        result?;
        self.pending.push((section, name, content));
        Ok(new_ref)
    }

    /// Entry components that are nothing but an external `$ref` keep their slot for the target.
    fn reserve_own_slots(&mut self, root: &Value) -> Result<(), Diagnostic> {
        for part in Part::WITH_SECTIONS {
            let Some(section) = part.section(self.swagger) else {
                continue;
            };
            let Some(Value::Object(map)) = at_section(root, section) else {
                continue;
            };
            let section_ptr = section
                .iter()
                .fold(String::new(), |p, token| pointer::push(&p, token));
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
                let file = self.files.sources.files.get(target.0)?;
                Some(file.canonical.file_stem()?.to_string_lossy().into_owned())
            })
            .unwrap_or_else(|| "Ref".to_owned());
        let names = self.taken.entry(section.join("/")).or_default();
        claim_name(names, base, "")
    }

    /// The file and fragment a `$ref` written in file `file` points to; loads the file.
    fn resolve(
        &mut self,
        reference: &str,
        file: usize,
        file_ptr: &str,
    ) -> Result<Target, Diagnostic> {
        let (path_part, fragment) = refs::split(reference);
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
        match self.files.open(path_part, file) {
            Ok(index) => Ok((index, fragment)),
            Err(OpenError::File(diagnostic)) => Err(diagnostic),
            Err(OpenError::Refused(why, hint)) => {
                Err(self.error_at(file, file_ptr, format!("`$ref: {reference}` {why}"), hint))
            }
        }
    }

    fn target_value(
        &self,
        target: &Target,
        reference: &str,
        file: usize,
        file_ptr: &str,
    ) -> Result<Value, Diagnostic> {
        self.files
            .value(target.0)
            .and_then(|v| v.pointer(&target.1))
            .cloned()
            .ok_or_else(|| {
                let target_file = self
                    .files
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

    /// The error for a `$ref` whose content would take the bundle past its budget; `copied` when
    /// the content is copied where the ref stands.
    fn over_budget(
        &self,
        _: OverBudget,
        reference: &str,
        file: usize,
        file_ptr: &str,
        copied: bool,
    ) -> Diagnostic {
        let why = if copied {
            ": what it refers to is copied in every place that refers to it"
        } else {
            ""
        };
        self.error_at(
            file,
            file_ptr,
            format!(
                "`$ref: {reference}` would make the bundled document larger than {} MiB (its \
                 budget){why}",
                MAX_BUNDLE_BYTES >> 20
            ),
            "refer to parts used in many places from `components` (schemas, parameters, \
             responses…): those are included once, and referred to",
        )
    }

    /// An error about the `$ref` at `file_ptr` (the object holding it) in file `file`.
    fn error_at(&self, file: usize, file_ptr: &str, message: String, hint: &str) -> Diagnostic {
        let ref_ptr = pointer::push(file_ptr, "$ref");
        let sources = &*self.files.sources;
        let shown = sources
            .files
            .get(file)
            .map(|f| f.path.display().to_string());
        let message = match shown {
            Some(path) => format!("in {path}: {message}"),
            None => message,
        };
        Diagnostic::error(message)
            .at(ref_ptr.clone())
            .located(sources.locate_in_file(file, &ref_ptr))
            .hint(hint)
    }
}
