//! Hostile API descriptions (`tests/fixtures/hostile/`): each is refused with a pinned message, or
//! read within bounds. A secret is planted outside the description's folder, in a folder this test
//! makes, and its text must never reach a generated file or a diagnostic.
//!
//! Layout of each test's folder (under cargo's `CARGO_TARGET_TMPDIR`):
//! `outside/secret.yaml` (the secret), `shared/common.yaml` (a harmless file beside the spec
//! folder), `spec/` (a copy of the fixtures, `{{OUTSIDE}}` replaced by the path of `outside`).

use std::path::{Path, PathBuf};

use cloudsdk_codegen::diag::{Diagnostic, Severity};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::load::{self, MAX_BUNDLE_BYTES, MAX_FILE_BYTES};
use cloudsdk_codegen::{Generated, Options, generate};

const SECRET: &str = "TOPSECRET-7f3a9c-must-not-leak";

/// Where a `$ref` in the response schema of `GET /pets` stands in the fixtures.
const SCHEMA_REF: &str = "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref";

/// A folder with a planted secret outside a copy of the hostile fixtures.
struct Planted {
    root: PathBuf,
}

impl Planted {
    fn new(test: &str) -> Self {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("hostile-{test}"));
        let _ = std::fs::remove_dir_all(&root);
        let outside = root.join("outside");
        write(
            &outside.join("secret.yaml"),
            &format!(
                "type: object\ndescription: {SECRET}\nproperties:\n  {SECRET}: {{type: string, enum: [{SECRET}]}}\n"
            ),
        );
        write(
            &root.join("shared/common.yaml"),
            "type: string\ndescription: shared-common-description\n",
        );
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
        copy_dir(
            &fixtures,
            &root.join("spec"),
            &outside.display().to_string(),
        );
        Self { root }
    }

    fn spec(&self, name: &str) -> PathBuf {
        self.root.join("spec").join(name)
    }

    /// Generates `name` (with `ref_root` when given) and checks the secret is nowhere in what
    /// comes out.
    fn generate(&self, name: &str, ref_root: Option<&Path>) -> Result<Generated, Diagnostic> {
        let mut options = Options::new("hostile", Dependencies::Workspace);
        options.ref_root = ref_root.map(Path::to_path_buf);
        let result = generate(&self.spec(name), &options);
        match &result {
            Ok(generated) => {
                for file in &generated.files {
                    assert!(!file.contents.contains(SECRET), "{name}: in {}", file.path);
                }
                for warning in &generated.warnings {
                    no_secret(name, warning);
                }
            }
            Err(e) => no_secret(name, e),
        }
        result
    }

    /// The error `name` is refused with, shown with this test's folder as `<tmp>`.
    fn refused(&self, name: &str, ref_root: Option<&Path>) -> (Diagnostic, String) {
        match self.generate(name, ref_root) {
            Ok(_) => panic!("{name} should be refused"),
            Err(e) => {
                assert_eq!(e.severity, Severity::Error, "{e}");
                let shown = e
                    .to_string()
                    .replace(&self.root.display().to_string(), "<tmp>");
                (e, shown)
            }
        }
    }
}

fn no_secret(name: &str, diagnostic: &Diagnostic) {
    assert!(
        !diagnostic.to_string().contains(SECRET) && !format!("{diagnostic:?}").contains(SECRET),
        "{name}: {diagnostic}"
    );
}

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn copy_dir(from: &Path, to: &Path, outside: &str) {
    let entries = std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target, outside);
        } else {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            write(&target, &text.replace("{{OUTSIDE}}", outside));
        }
    }
}

/// The line and column of a diagnostic, with its file's name.
fn place(e: &Diagnostic) -> (String, usize, usize) {
    let l = e
        .location
        .clone()
        .unwrap_or_else(|| panic!("no location: {e}"));
    let file = l.file.file_name().map(|f| f.to_string_lossy().into_owned());
    (file.unwrap_or_default(), l.line, l.column)
}

#[test]
fn refs_may_not_leave_the_description_folder() {
    let t = Planted::new("escapes");
    let escape = "leads outside <tmp>/spec, the folder external `$ref`s may read";
    for (name, what) in [
        (
            "escape_dotdot.yaml",
            format!("`$ref: ../outside/secret.yaml` {escape}"),
        ),
        (
            "escape_nested.yaml",
            format!("`$ref: sub/../../outside/secret.yaml` {escape}"),
        ),
        (
            "escape_encoded.yaml",
            format!("`$ref: %2e%2e/outside/secret.yaml` {escape}"),
        ),
        (
            "absolute.yaml",
            "`$ref: <tmp>/outside/secret.yaml` is an absolute path; external `$ref`s are \
             relative to the file holding them"
                .to_owned(),
        ),
        (
            "file_url.yaml",
            "`$ref: file://<tmp>/outside/secret.yaml` is a `file:` URL; only files named by \
             a relative path are read"
                .to_owned(),
        ),
        (
            "http_url.yaml",
            "`$ref: http://127.0.0.1:9/secret.yaml` is a `http:` URL; only files named by a \
             relative path are read"
                .to_owned(),
        ),
        (
            "network_path.yaml",
            "`$ref: //127.0.0.1/outside/secret.yaml` names a host (`//`); only files named by \
             a relative path are read"
                .to_owned(),
        ),
    ] {
        let (e, shown) = t.refused(name, None);
        let first = shown.lines().next().unwrap_or_default();
        assert_eq!(
            first,
            format!("error: in <tmp>/spec/{name}: {what}"),
            "{name}"
        );
        assert_eq!(e.pointer.as_deref(), Some(SCHEMA_REF), "{name}");
        assert_eq!(place(&e), (name.to_owned(), 13, 23), "{name}");
        assert!(
            e.hint.as_deref().is_some_and(|h| h.contains("--ref-root")),
            "{name}: {e}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_folder_is_refused() {
    let t = Planted::new("symlink");
    let link = t.spec("link.yaml");
    std::os::unix::fs::symlink(t.root.join("outside/secret.yaml"), &link)
        .unwrap_or_else(|e| panic!("{}: {e}", link.display()));
    let (e, shown) = t.refused("symlink.yaml", None);
    assert_eq!(
        shown.lines().next(),
        Some(
            "error: in <tmp>/spec/symlink.yaml: `$ref: link.yaml` leads outside <tmp>/spec, the \
             folder external `$ref`s may read (through a symbolic link)"
        )
    );
    assert_eq!(place(&e), ("symlink.yaml".to_owned(), 13, 23));
}

#[test]
fn a_file_it_refers_to_may_not_leave_either() {
    let t = Planted::new("from-part");
    let (e, shown) = t.refused("from_part.yaml", None);
    assert_eq!(
        shown.lines().next(),
        Some(
            "error: in <tmp>/spec/parts/escape.yaml: `$ref: ../../outside/secret.yaml` leads \
             outside <tmp>/spec, the folder external `$ref`s may read"
        )
    );
    assert_eq!(e.pointer.as_deref(), Some("/properties/leak/$ref"));
    assert_eq!(place(&e), ("escape.yaml".to_owned(), 5, 11));
}

#[test]
fn the_ref_root_widens_only_when_asked() {
    let t = Planted::new("widened");
    let (_, shown) = t.refused("widened.yaml", None);
    assert!(
        shown.contains("`$ref: ../shared/common.yaml` leads outside <tmp>/spec"),
        "{shown}"
    );
    // Named explicitly, the parent folder is the root: the shared file is read, the secret is not
    // referred to and stays unread.
    let generated = match t.generate("widened.yaml", Some(&t.root)) {
        Ok(g) => g,
        Err(e) => panic!("widened: {e}"),
    };
    assert!(
        generated
            .files
            .iter()
            .any(|f| f.contents.contains("shared-common-description"))
    );
    // The escape to the secret stays refused even so: `..` once more leaves the wider root.
    let shared = t.root.join("shared");
    let (_, shown) = t.refused("escape_dotdot.yaml", Some(&shared));
    assert_eq!(
        shown.lines().next(),
        Some(
            "error: the description <tmp>/spec/escape_dotdot.yaml is outside <tmp>/shared, the \
             folder named to hold it and the files it refers to"
        )
    );
}

#[test]
fn descriptions_read_from_memory_keep_to_their_folder() {
    let t = Planted::new("memory");
    let text = std::fs::read_to_string(t.spec("escape_dotdot.yaml")).unwrap_or_default();
    let name = Path::new("escape_dotdot.yaml");
    match load::load_str(name, &text, false, Some(&t.root.join("spec"))) {
        Ok(_) => panic!("should be refused"),
        Err(e) => {
            no_secret("memory", &e);
            assert!(e.message.contains("leads outside"), "{e}");
        }
    }
}

/// Each level refers to the next twice, from places whose target is copied where the `$ref`
/// stands: 2^40 copies. Each target is resolved once and the copies are counted before any is
/// made, so this ends at once, refused by the budget of the bundled document.
#[test]
fn a_doubling_ref_graph_is_refused_by_the_bundle_budget() {
    let t = Planted::new("laughs");
    let (e, shown) = t.refused("ref_graph.yaml", None);
    // Level 20 is where a copy of what L20 holds (2^20 small objects) no longer fits.
    assert_eq!(
        shown.lines().next().map(str::to_owned),
        Some(format!(
            "error: in <tmp>/spec/graph.yaml: `$ref: #/L20` would make the bundled document \
             larger than {} MiB (its budget): what it refers to is copied in every place that \
             refers to it",
            MAX_BUNDLE_BYTES >> 20
        ))
    );
    assert_eq!(e.pointer.as_deref(), Some("/L19/x-b/$ref"));
    assert_eq!(place(&e), ("graph.yaml".to_owned(), 21, 41));
}

/// The same doubling graph through schemas is linear: each schema is placed once and referred to.
#[test]
fn a_doubling_graph_of_schemas_stays_linear() {
    let t = Planted::new("schemas");
    let document = match load::load(&t.spec("ref_graph_schemas.yaml")) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let schemas = document.root["components"]["schemas"]
        .as_object()
        .map(|m| m.len());
    assert_eq!(schemas, Some(41));
    assert!(t.generate("ref_graph_schemas.yaml", None).is_ok());
}

#[test]
fn files_over_the_budget_are_refused() {
    let t = Planted::new("big");
    let big = t.spec("big.yaml");
    let budget = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
    let mut text = String::from("get: {responses: {'200': {description: ok}}}\n");
    text.push('#');
    text.push_str(&"x".repeat(budget + 1 - text.len()));
    assert_eq!(text.len(), budget + 1);
    write(&big, &text);
    let mib = MAX_FILE_BYTES >> 20;
    let (e, shown) = t.refused("big_ref.yaml", None);
    assert_eq!(
        shown.lines().next().map(str::to_owned),
        Some(format!(
            "error: <tmp>/spec/big.yaml is larger than {mib} MiB, the budget for one file"
        ))
    );
    assert!(e.hint.is_some());
    // Just within the budget, it is read.
    text.pop();
    write(&big, &text);
    assert!(t.generate("big_ref.yaml", None).is_ok());
    // The entry itself.
    write(&big, &format!("{text}xx"));
    let (_, shown) = t.refused("big.yaml", None);
    assert!(
        shown.contains(&format!("big.yaml is larger than {mib} MiB")),
        "{shown}"
    );
}

#[test]
fn path_keys_without_a_slash_are_reported() {
    let t = Planted::new("paths");
    let generated = match t.generate("odd_path_keys.yaml", None) {
        Ok(g) => g,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(generated.stats.operations, 1, "only /owners is a path");
    let found: Vec<(String, String, usize)> = generated
        .warnings
        .iter()
        .map(|w| {
            let line = w.location.as_ref().map_or(0, |l| l.line);
            (
                w.pointer.clone().unwrap_or_default(),
                w.message.clone(),
                line,
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "/paths/pets".to_owned(),
                "path `pets` does not start with `/`: skipped".to_owned(),
                6
            ),
            (
                "/paths/{id}~1toys".to_owned(),
                "path `{id}/toys` does not start with `/`: skipped".to_owned(),
                14
            ),
        ]
    );
    let mut strict = Options::new("hostile", Dependencies::Workspace);
    strict.strict = true;
    match generate(&t.spec("odd_path_keys.yaml"), &strict) {
        Ok(_) => panic!("strict should refuse"),
        Err(e) => {
            assert_eq!(e.severity, Severity::Error);
            assert!(
                e.message.starts_with("path `pets` does not start with `/`"),
                "{e}"
            );
        }
    }
}
