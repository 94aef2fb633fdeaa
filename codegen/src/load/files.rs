//! The files one bundle reads: each opened once (by canonical path), only inside the root folder
//! (after resolving symbolic links), only regular files, each within [`MAX_FILE_BYTES`] and all
//! together within [`MAX_BUNDLE_BYTES`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use super::refs::{self, Refusal};
use super::text::read_file;
use super::{MAX_BUNDLE_BYTES, MAX_FILE_BYTES, SourceFile, SourceMap};
use crate::diag::Diagnostic;

/// The folder external `$ref`s may read: the entry's folder, or one named to widen it.
#[derive(Debug, Clone)]
pub(super) struct RefRoot {
    canonical: PathBuf,
    /// As the user gave it, for messages.
    shown: PathBuf,
}

impl RefRoot {
    /// The folder of the entry document.
    pub(super) fn of_entry(canonical_entry: &Path, shown_entry: &Path) -> Self {
        let shown = match shown_entry.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Self {
            canonical: canonical_entry
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default(),
            shown,
        }
    }

    /// A folder named explicitly (`--ref-root`, or the folder of an in-memory document).
    pub(super) fn named(dir: &Path) -> Result<Self, Diagnostic> {
        let canonical = std::fs::canonicalize(dir).map_err(|e| {
            Diagnostic::error(format!("cannot read folder {}: {e}", dir.display()))
                .hint("external `$ref`s are resolved relative to this folder")
        })?;
        Ok(Self {
            canonical,
            shown: dir.to_path_buf(),
        })
    }

    pub(super) fn canonical(&self) -> &Path {
        &self.canonical
    }

    /// Whether the entry document (canonical) is in this folder; an error if not.
    pub(super) fn holds_entry(
        &self,
        canonical_entry: &Path,
        shown: &Path,
    ) -> Result<(), Diagnostic> {
        if canonical_entry.starts_with(&self.canonical) {
            return Ok(());
        }
        Err(Diagnostic::error(format!(
            "the description {} is outside {}, the folder named to hold it and the files it \
             refers to",
            shown.display(),
            self.shown.display()
        ))
        .hint("name a folder that holds the description (or leave `--ref-root` out)"))
    }
}

/// Why the file a `$ref` names cannot be opened.
pub(super) enum OpenError {
    /// The `$ref` is refused: what follows "`$ref: …` " in the message, and a hint.
    Refused(String, &'static str),
    /// The file is unreadable or too big, or not JSON or YAML: the diagnostic about it.
    File(Diagnostic),
}

/// The files read so far and their parsed content.
pub(super) struct Files<'a> {
    pub(super) sources: &'a mut SourceMap,
    /// Parsed content of each source file (same indices as `sources.files`; the entry's is not
    /// kept: refs into the entry stay internal).
    values: Vec<Value>,
    by_canonical: HashMap<PathBuf, usize>,
    /// `None` for a document in memory without a folder: no file is read.
    root: Option<RefRoot>,
    /// Bytes of every file read, the entry's included.
    read: u64,
}

impl<'a> Files<'a> {
    /// The files of a bundle whose entry is `sources.files[0]`.
    pub(super) fn new(sources: &'a mut SourceMap, root: Option<RefRoot>) -> Self {
        let mut by_canonical = HashMap::new();
        let mut read = 0;
        if let Some(entry) = sources.files.first() {
            by_canonical.insert(entry.canonical.clone(), 0);
            read = entry.text.len() as u64;
        }
        Self {
            sources,
            values: vec![Value::Null],
            by_canonical,
            root,
            read,
        }
    }

    /// The parsed content of file `file`.
    pub(super) fn value(&self, file: usize) -> Option<&Value> {
        self.values.get(file)
    }

    /// The index of the file `path_part` (the file part of a `$ref` in file `from`) names; the
    /// file is read the first time.
    pub(super) fn open(&mut self, path_part: &str, from: usize) -> Result<usize, OpenError> {
        let relative = refs::relative_path(path_part)
            .map_err(|Refusal(why)| OpenError::Refused(why, refs::HINT))?;
        let Some(root) = &self.root else {
            return Err(OpenError::Refused(
                "refers to another file, and this document was not read from a folder".to_owned(),
                "load the API description from a file, or give the folder its `$ref`s are \
                 relative to",
            ));
        };
        let outside = format!(
            "leads outside {}, the folder external `$ref`s may read",
            root.shown.display()
        );
        let base = self
            .sources
            .files
            .get(from)
            .and_then(|f| f.canonical.parent())
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let joined = refs::lexically_inside(&root.canonical, &base, &relative)
            .ok_or_else(|| OpenError::Refused(outside.clone(), refs::HINT))?;
        let canonical = std::fs::canonicalize(&joined).map_err(|e| {
            OpenError::Refused(
                format!("refers to a file that cannot be read: {e}"),
                "check the path: it is relative to the folder of the file holding the `$ref`",
            )
        })?;
        if !canonical.starts_with(&root.canonical) {
            let why = format!("{outside} (through a symbolic link)");
            return Err(OpenError::Refused(why, refs::HINT));
        }
        if let Some(&index) = self.by_canonical.get(&canonical) {
            return Ok(index);
        }
        self.read_new(canonical)
    }

    /// Reads a file not read before (canonical, inside the root).
    fn read_new(&mut self, canonical: PathBuf) -> Result<usize, OpenError> {
        // A device or a pipe (`/dev/zero`) may never end: refer to regular files only.
        if !std::fs::metadata(&canonical).is_ok_and(|m| m.is_file()) {
            return Err(OpenError::Refused(
                "refers to something that is not a regular file".to_owned(),
                "check the path: it is relative to the folder of the file holding the `$ref`",
            ));
        }
        let shown = self.shown_path(&canonical);
        let read = read_file(&shown, &canonical).map_err(OpenError::File)?;
        self.read += read.text.len() as u64;
        if self.read > MAX_BUNDLE_BYTES {
            return Err(OpenError::File(too_much(&shown)));
        }
        let index = self.sources.files.len();
        self.sources.files.push(SourceFile {
            path: shown,
            canonical: canonical.clone(),
            text: read.text,
            json: read.json,
            index: OnceLock::new(),
        });
        self.sources.warnings.extend(read.warnings);
        self.values.push(read.value);
        self.by_canonical.insert(canonical, index);
        Ok(index)
    }

    /// The entry's folder as given joined with the file's path relative to it.
    fn shown_path(&self, canonical: &Path) -> PathBuf {
        let Some(entry) = self.sources.files.first() else {
            return canonical.to_path_buf();
        };
        let entry_dir = entry.canonical.parent().unwrap_or(Path::new(""));
        let shown_dir = entry.path.parent().unwrap_or(Path::new(""));
        match canonical.strip_prefix(entry_dir) {
            Ok(rel) => shown_dir.join(rel),
            Err(_) => refs::relative_between(entry_dir, canonical)
                .map(|rel| shown_dir.join(rel))
                .unwrap_or_else(|| canonical.to_path_buf()),
        }
    }
}

fn too_much(shown: &Path) -> Diagnostic {
    Diagnostic::error(format!(
        "reading {} brings the files of this description past {} MiB, the budget for a bundle \
         (each file may hold {} MiB)",
        shown.display(),
        MAX_BUNDLE_BYTES >> 20,
        MAX_FILE_BYTES >> 20
    ))
    .hint("the budget bounds what one description can make the generator read")
}
