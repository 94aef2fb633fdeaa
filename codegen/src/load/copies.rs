//! Parts copied where their `$ref` stands (path items, and refs in places that have no components
//! section): each target is resolved once, whatever the number of refs to it, and each ref only
//! counts the size of its copy against [`MAX_BUNDLE_BYTES`]. The copies are made at the end, once
//! the whole bundle is known to fit, so a "billion laughs" of refs (each level referring to the
//! next twice) is refused after one walk per level, and nothing is copied.
//!
//! While a target is resolved, what it would add to the source map and its own copies are kept
//! relative to where it stands, to be replayed under every place it is copied to.

use std::collections::HashMap;

use serde_json::Value;

use super::kind::Kind;
use super::{MAX_BUNDLE_BYTES, SourceMap};
use crate::pointer;

/// A `$ref` target: file index and fragment (a JSON pointer, `""` for the whole file).
pub(super) type Target = (usize, String);

/// A target and the kind of place it is copied to (the walk of its content depends on both).
pub(super) type Key = (Target, Kind);

/// A source-map mount: bundled pointer → (file, pointer in that file).
type Mount = (String, usize, String);

/// A target resolved once: its content (its own copies not yet made), its size with them, and
/// what to replay where it is copied.
#[derive(Debug)]
struct Resolved {
    content: Value,
    bytes: u64,
    mounts: Vec<Mount>,
    copies: Vec<(String, Key)>,
}

/// What is being walked: pointers there are absolute (the entry, a component placed in the
/// root) or relative to a target being resolved.
#[derive(Debug)]
enum Frame {
    Entry,
    Placed,
    Resolving {
        bytes: u64,
        mounts: Vec<Mount>,
        copies: Vec<(String, Key)>,
    },
}

/// The budget was exceeded.
#[derive(Debug)]
pub(super) struct OverBudget;

#[derive(Debug)]
pub(super) struct Copies {
    resolved: HashMap<Key, Resolved>,
    frames: Vec<Frame>,
    /// Size of the bundle so far (compact JSON bytes, an upper bound).
    total: u64,
    /// Copies in the entry (made before placed components are added to the root).
    entry_copies: Vec<(String, Key)>,
    /// Copies in placed components (made after).
    placed_copies: Vec<(String, Key)>,
}

impl Copies {
    /// Starts with the entry document, of `entry_bytes`.
    pub(super) fn new(entry_bytes: u64) -> Self {
        Self {
            resolved: HashMap::new(),
            frames: vec![Frame::Entry],
            total: entry_bytes,
            entry_copies: Vec::new(),
            placed_copies: Vec::new(),
        }
    }

    pub(super) fn is_resolved(&self, key: &Key) -> bool {
        self.resolved.contains_key(key)
    }

    /// Counts `bytes` more where the walk is.
    pub(super) fn charge(&mut self, bytes: u64) -> Result<(), OverBudget> {
        let counter = match self.frames.last_mut() {
            Some(Frame::Resolving { bytes: b, .. }) => b,
            _ => &mut self.total,
        };
        *counter = counter.saturating_add(bytes);
        if *counter > MAX_BUNDLE_BYTES {
            return Err(OverBudget);
        }
        Ok(())
    }

    /// The walk enters a target to resolve (`raw_bytes` its size before its refs are resolved).
    pub(super) fn begin_resolving(&mut self, raw_bytes: u64) -> Result<(), OverBudget> {
        self.frames.push(Frame::Resolving {
            bytes: 0,
            mounts: Vec::new(),
            copies: Vec::new(),
        });
        self.charge(raw_bytes)
    }

    /// The walk of a target ended (`result`): it is resolved, with `content`, when it succeeded.
    pub(super) fn end_resolving<E>(
        &mut self,
        key: Key,
        content: Value,
        result: Result<(), E>,
    ) -> Result<(), E> {
        let frame = self.frames.pop();
        result?;
        if let Some(Frame::Resolving {
            bytes,
            mounts,
            copies,
        }) = frame
        {
            let resolved = Resolved {
                content,
                bytes,
                mounts,
                copies,
            };
            self.resolved.insert(key, resolved);
        }
        Ok(())
    }

    /// The walk enters a component placed in the root (pointers there are absolute).
    pub(super) fn begin_placed(&mut self) {
        self.frames.push(Frame::Placed);
    }

    pub(super) fn end_placed(&mut self) {
        self.frames.pop();
    }

    /// Records that `bundled` comes from `in_file` in file `file`.
    pub(super) fn mount(
        &mut self,
        sources: &mut SourceMap,
        bundled: &str,
        file: usize,
        in_file: &str,
    ) {
        match self.frames.last_mut() {
            Some(Frame::Resolving { mounts, .. }) => {
                mounts.push((bundled.to_owned(), file, in_file.to_owned()));
            }
            _ => sources.mount(bundled.to_owned(), file, in_file.to_owned()),
        }
    }

    /// A copy of the resolved `key` goes to `bundled` (where its `$ref` stands).
    pub(super) fn copy_to(&mut self, bundled: &str, key: Key) -> Result<(), OverBudget> {
        let bytes = self.resolved.get(&key).map_or(0, |r| r.bytes);
        self.charge(bytes)?;
        let list = match self.frames.last_mut() {
            Some(Frame::Resolving { copies, .. }) => copies,
            Some(Frame::Placed) => &mut self.placed_copies,
            _ => &mut self.entry_copies,
        };
        list.push((bundled.to_owned(), key));
        Ok(())
    }

    /// Makes the copies in the entry document.
    pub(super) fn make_entry_copies(&mut self, root: &mut Value, sources: &mut SourceMap) {
        let work = std::mem::take(&mut self.entry_copies);
        self.make(work, root, sources);
    }

    /// Makes the copies in placed components (once they are in the root).
    pub(super) fn make_placed_copies(&mut self, root: &mut Value, sources: &mut SourceMap) {
        let work = std::mem::take(&mut self.placed_copies);
        self.make(work, root, sources);
    }

    /// Replaces each `$ref` object at a pointer with its target's content (keeping the ref's
    /// siblings), then does the same for the copies inside that content.
    fn make(&self, mut work: Vec<(String, Key)>, root: &mut Value, sources: &mut SourceMap) {
        while let Some((at, key)) = work.pop() {
            let (Some(resolved), Some(slot)) = (self.resolved.get(&key), root.pointer_mut(&at))
            else {
                continue;
            };
            let overridden = splice(slot, resolved.content.clone());
            for (relative, file, in_file) in &resolved.mounts {
                sources.mount(format!("{at}{relative}"), *file, in_file.clone());
            }
            // A sibling of the `$ref` replaced what stood under its key, copies included.
            let kept = resolved.copies.iter().filter(|(relative, _)| {
                let first = relative.split('/').nth(1).unwrap_or_default();
                !overridden.iter().any(|key| pointer::escape(key) == first)
            });
            work.extend(kept.map(|(relative, key)| (format!("{at}{relative}"), key.clone())));
        }
    }
}

/// Puts `content` in the place of the `$ref` object `slot`; the ref's siblings are added to it
/// (replacing what it had under their keys). The keys of the siblings added.
pub(super) fn splice(slot: &mut Value, content: Value) -> Vec<String> {
    let siblings = match std::mem::replace(slot, content) {
        Value::Object(map) => map,
        _ => return Vec::new(),
    };
    let mut added = Vec::new();
    if let Value::Object(inlined) = slot {
        for (k, v) in siblings {
            if k != "$ref" {
                added.push(k.clone());
                inlined.insert(k, v);
            }
        }
    }
    added
}

/// The size of `value` as compact JSON.
pub(super) fn json_len(value: &Value) -> u64 {
    struct Count(u64);
    impl std::io::Write for Count {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len() as u64;
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    // Writing a `Value` fails only when the writer does, and this one never does.
    let _ = serde_json::to_writer(&mut count, value);
    count.0
}
