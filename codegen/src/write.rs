//! Stage 6, write: files → a crate directory, or with `check`, the list of files that differ.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::emit::File;

/// A file that differs between what is on disk and what was generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Generated, not on disk.
    Added(PathBuf),
    /// On disk with other contents; with a short unified diff.
    Modified(PathBuf, String),
    /// On disk under `src/`, no longer generated.
    Removed(PathBuf),
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Change::Added(p) => write!(f, "would add {}", p.display()),
            Change::Modified(p, _) => write!(f, "would change {}", p.display()),
            Change::Removed(p) => write!(f, "would remove {}", p.display()),
        }
    }
}

/// Compares `files` with `dir`; unless `check`, makes `dir` match (writing only changed files,
/// removing generated files that are no longer produced). Returns what differed.
pub fn write(dir: &Path, files: &[File], check: bool) -> io::Result<Vec<Change>> {
    let mut changes = Vec::new();
    let mut produced = BTreeSet::new();
    for file in files {
        let path = dir.join(&file.path);
        produced.insert(path.clone());
        match fs::read_to_string(&path) {
            Ok(existing) if existing == file.contents => continue,
            Ok(existing) => {
                let diff = similar::TextDiff::from_lines(&existing, &file.contents)
                    .unified_diff()
                    .context_radius(2)
                    .header("on disk", "generated")
                    .to_string();
                changes.push(Change::Modified(path.clone(), diff));
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                changes.push(Change::Added(path.clone()))
            }
            Err(e) => return Err(e),
        }
        if !check {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(&path, &file.contents)?;
        }
    }
    // Generated sources are all under src/ and examples/: anything else there is stale.
    for generated_dir in ["src", "examples"] {
        let src = dir.join(generated_dir);
        if !src.is_dir() {
            continue;
        }
        let mut stack = vec![src];
        while let Some(d) = stack.pop() {
            for entry in fs::read_dir(&d)? {
                let path = entry?.path();
                if path.is_dir() {
                    stack.push(path);
                } else if !produced.contains(&path) {
                    if !check {
                        fs::remove_file(&path)?;
                    }
                    changes.push(Change::Removed(path));
                }
            }
        }
    }
    Ok(changes)
}
