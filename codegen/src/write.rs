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

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch directory of its own, removed when dropped.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str) -> Scratch {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            let dir = std::env::temp_dir().join(format!(
                "cloudsdk-write-{name}-{}-{nanos}",
                std::process::id()
            ));
            fs::create_dir_all(&dir).expect("scratch dir");
            Scratch(dir)
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn file(path: &str, contents: &str) -> File {
        File {
            path: path.into(),
            contents: contents.into(),
        }
    }

    #[test]
    fn stale_generated_files_are_reported_then_removed_and_others_kept() {
        let scratch = Scratch::new("stale");
        let dir = &scratch.0;
        let first = [
            file("Cargo.toml", "[package]\n"),
            file("src/lib.rs", "pub mod old;\n"),
            file("src/old.rs", "// dropped next time\n"),
            file("examples/old.rs", "fn main() {}\n"),
        ];
        let changes = write(dir, &first, false).expect("first write");
        assert_eq!(changes.len(), 4, "{changes:?}");
        assert!(changes.iter().all(|c| matches!(c, Change::Added(_))));
        // Not generated, outside src/ and examples/: never touched.
        fs::write(dir.join("NOTES.md"), "mine\n").expect("user file");

        let second = [
            file("Cargo.toml", "[package]\n"),
            file("src/lib.rs", "pub mod new;\n"),
            file("src/new.rs", "// new\n"),
        ];
        let mut checked = write(dir, &second, true).expect("check");
        checked.sort_by_key(|c| c.to_string());
        let described: Vec<String> = checked
            .iter()
            .map(|c| c.to_string().replace(&dir.display().to_string(), "DIR"))
            .collect();
        assert_eq!(
            described,
            [
                "would add DIR/src/new.rs",
                "would change DIR/src/lib.rs",
                "would remove DIR/examples/old.rs",
                "would remove DIR/src/old.rs",
            ]
        );
        // A check writes nothing.
        assert!(dir.join("src/old.rs").exists() && !dir.join("src/new.rs").exists());

        write(dir, &second, false).expect("second write");
        assert!(!dir.join("src/old.rs").exists());
        assert!(!dir.join("examples/old.rs").exists());
        assert_eq!(
            fs::read_to_string(dir.join("src/new.rs")).expect("new"),
            "// new\n"
        );
        assert_eq!(
            fs::read_to_string(dir.join("NOTES.md")).expect("kept"),
            "mine\n"
        );
        assert!(write(dir, &second, true).expect("clean").is_empty());
    }
}
