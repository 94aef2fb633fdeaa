//! What the file part of an external `$ref` may be: a path relative to the file holding the
//! `$ref`, that stays inside the root folder. URLs of any scheme (`http:`, `file:`…), network
//! paths (`//host/…`) and absolute paths are refused, before and after percent-decoding; `..`
//! may be used as long as the path stays inside the root. These checks touch no file: the
//! canonical path (symbolic links resolved) is checked again when the file is opened.

use std::path::{Component, Path, PathBuf};

/// Why a `$ref` is refused: what follows "`$ref: …` " in the message.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Refusal(pub(super) String);

/// The hint of every refused `$ref`.
pub(super) const HINT: &str = "refer to files inside the description's folder by paths relative \
    to the file holding the `$ref` (download remote documents next to it); to read files beside \
    that folder, name a wider one with `--ref-root DIR` (`Options::ref_root`)";

/// Splits a `$ref` into its file part (as written) and its fragment (percent-decoded).
pub(super) fn split(reference: &str) -> (&str, String) {
    match reference.split_once('#') {
        Some((path, fragment)) => (path, percent_decode(fragment)),
        None => (reference, String::new()),
    }
}

/// The file part of a `$ref` as a relative path.
pub(super) fn relative_path(path_part: &str) -> Result<PathBuf, Refusal> {
    let decoded = percent_decode(path_part);
    for text in [path_part, decoded.as_str()] {
        if let Some(scheme) = scheme(text) {
            return Err(Refusal(format!(
                "is a `{scheme}:` URL; only files named by a relative path are read"
            )));
        }
        if text.starts_with("//") || text.starts_with("\\\\") {
            return Err(Refusal(
                "names a host (`//`); only files named by a relative path are read".to_owned(),
            ));
        }
    }
    let path = PathBuf::from(&decoded);
    if decoded.starts_with(['/', '\\']) || path.has_root() || is_drive(&decoded) {
        return Err(Refusal(
            "is an absolute path; external `$ref`s are relative to the file holding them"
                .to_owned(),
        ));
    }
    Ok(path)
}

/// The scheme of a URL (`http` in `http://…`): letters, digits, `+`, `-` and `.` before the
/// first `:`, starting with a letter (RFC 3986). A single letter is a drive (`C:`), not a scheme.
fn scheme(text: &str) -> Option<&str> {
    let (head, _) = text.split_once(':')?;
    let mut chars = head.chars();
    let starts = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (starts && rest && head.len() > 1).then_some(head)
}

/// `C:…`: a Windows drive, absolute on Windows (and never meant as a relative path elsewhere).
fn is_drive(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':'
}

/// `base` joined with `relative`, `.` and `..` resolved without reading the file system; `None`
/// when a `..` leaves `root` (`base` is inside it).
pub(super) fn lexically_inside(root: &Path, base: &Path, relative: &Path) -> Option<PathBuf> {
    let mut joined = base.to_path_buf();
    for component in relative.components() {
        match component {
            Component::Normal(part) => joined.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                if joined == root || !joined.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    joined.starts_with(root).then_some(joined)
}

/// `%XX` decoding of a ref (invalid sequences are kept as they are).
pub(super) fn percent_decode(s: &str) -> String {
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
pub(super) fn relative_between(from: &Path, to: &Path) -> Option<PathBuf> {
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
    fn file_parts_of_refs() {
        for ok in [
            "a.yaml",
            "./a.yaml",
            "sub/a.yaml",
            "../a.yaml",
            "./c:d",
            "%41.yaml",
        ] {
            assert!(relative_path(ok).is_ok(), "{ok}");
        }
        let refused = |text: &str| match relative_path(text) {
            Ok(path) => panic!("{text} accepted as {}", path.display()),
            Err(Refusal(why)) => why,
        };
        assert!(refused("http://x/a.yaml").starts_with("is a `http:` URL"));
        assert!(refused("file:///etc/passwd").starts_with("is a `file:` URL"));
        assert!(refused("file%3A%2F%2F%2Fetc%2Fpasswd").starts_with("is a `file:` URL"));
        assert!(refused("urn:x").starts_with("is a `urn:` URL"));
        assert!(refused("//host/share/a.yaml").starts_with("names a host"));
        assert!(refused("\\\\host\\share").starts_with("names a host"));
        // `a:b.yaml` is a URL of scheme `a` (RFC 3986); a drive on Windows: `./a:b.yaml` is a file.
        for absolute in [
            "/etc/passwd",
            "%2Fetc%2Fpasswd",
            "\\a",
            "C:\\a",
            "c:a",
            "a:b.yaml",
        ] {
            assert!(
                refused(absolute).starts_with("is an absolute path"),
                "{absolute}"
            );
        }
    }

    #[test]
    fn lexical_containment() {
        let root = Path::new("/r");
        let inside =
            |base: &str, rel: &str| lexically_inside(root, Path::new(base), Path::new(rel));
        assert_eq!(
            inside("/r/a", "../b.yaml"),
            Some(PathBuf::from("/r/b.yaml"))
        );
        assert_eq!(
            inside("/r", "./x/./y.yaml"),
            Some(PathBuf::from("/r/x/y.yaml"))
        );
        assert_eq!(inside("/r", "x/../../y.yaml"), None);
        assert_eq!(inside("/r/a", "../../r/b.yaml"), None, "once out, out");
        assert_eq!(inside("/r", ".."), None);
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("/a%20b/%7Bid%7D"), "/a b/{id}");
        assert_eq!(percent_decode("/100%"), "/100%");
        assert_eq!(
            split("a%20b.yaml#/x%20y"),
            ("a%20b.yaml", "/x y".to_owned())
        );
    }

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative_between(Path::new("/a/b/c"), Path::new("/a/d/e.yaml")),
            Some(PathBuf::from("../../d/e.yaml"))
        );
    }
}
