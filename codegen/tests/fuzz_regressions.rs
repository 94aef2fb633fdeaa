//! Inputs that crashed, hung or could have: fuzz findings (`codegen/fuzz`) and pathological
//! documents. Each must end in a crate or a clean error `Diagnostic`, on the default 2 MiB test
//! thread: the stack `xtask` gives each spec's thread, in the same (debug) build.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cloudsdk_codegen::diag::{Diagnostic, Severity};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::load::MAX_DEPTH;
use cloudsdk_codegen::{Generated, Options, generate, generate_str};

fn options() -> Options {
    Options::new("fuzzed", Dependencies::Workspace)
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(name)
}

/// A guard against hangs (an exponential expansion runs for hours), not a speed check: the
/// bounds that keep each input linear are structural and tested by what they refuse; this only
/// turns a hang into a failure, with room for a loaded 2-core machine.
const HANG: Duration = Duration::from_secs(120);

/// Generates from `text` in memory, failing if it hangs.
fn run(text: &str, json: bool) -> Result<Generated, Diagnostic> {
    let name = if json { "fuzz.json" } else { "fuzz.yaml" };
    let started = Instant::now();
    let result = generate_str(Path::new(name), text, json, &options());
    assert!(started.elapsed() < HANG, "took {:?}", started.elapsed());
    result
}

/// Generates from the fixture file `name`.
fn run_file(name: &str) -> Result<Generated, Diagnostic> {
    let started = Instant::now();
    let result = generate(&fixture(name), &options());
    assert!(
        started.elapsed() < HANG,
        "{name} took {:?}",
        started.elapsed()
    );
    result
}

fn ok(result: Result<Generated, Diagnostic>) -> Generated {
    match result {
        Ok(generated) => generated,
        Err(e) => panic!("should generate: {e}"),
    }
}

fn err(result: Result<Generated, Diagnostic>) -> Diagnostic {
    match result {
        Ok(_) => panic!("should be rejected"),
        Err(e) => {
            assert_eq!(e.severity, Severity::Error);
            e
        }
    }
}

fn has_warning(generated: &Generated, part: &str) -> bool {
    generated.warnings.iter().any(|w| w.message.contains(part))
}

fn nested(depth: usize, open: &str, close: &str, leaf: &str) -> String {
    format!("{}{leaf}{}", open.repeat(depth), close.repeat(depth))
}

fn spec_with_schema(schema: &str) -> String {
    format!(
        r#"{{"openapi":"3.0.0","info":{{"title":"t","version":"1"}},"paths":{{}},"components":{{"schemas":{{"Deep":{schema}}}}}}}"#
    )
}

/// Schema nestings whose levels cost the most stack in the later stages.
const NESTINGS: [(&str, &str); 6] = [
    (r#"{"type":"array","items":"#, "}"),
    (
        r#"{"allOf":[{"type":"object","properties":{"a":{"type":"string"}}},"#,
        "]}",
    ),
    (r#"{"type":"object","properties":{"a":"#, "}}"),
    (r#"{"oneOf":[{"type":"string"},"#, "]}"),
    (r#"{"type":"object","additionalProperties":"#, "}"),
    (r#"{"not":"#, "}"),
];

/// Deeply nested schemas used to overflow the stack (`syn` parsing `Vec<Vec<…>>` 50 deep in emit,
/// `openapiv3`'s untagged schema enums 40 `allOf`s deep in parse). Schemas nested past the bound
/// are read as any value, with a warning, as deep as the document may nest.
#[test]
fn deeply_nested_schemas_are_cut_with_a_warning() {
    for (open, close) in NESTINGS {
        // Levels the document nesting bound allows for this construct.
        let per_level = open.matches(['{', '[']).count() - open.matches(['}', ']']).count();
        // The sibling in the `allOf` nests 3 levels below the last one.
        let depth = (MAX_DEPTH - 8) / per_level;
        let text = spec_with_schema(&nested(depth, open, close, r#"{"type":"string"}"#));
        for json in [true, false] {
            let generated = ok(run(&text, json));
            assert!(
                has_warning(&generated, "levels deep here: read as any value"),
                "{open} {depth}"
            );
        }
    }
}

/// Past the document nesting bound (and past the parsers' own recursion limits, 10,000 levels):
/// a clean error naming the place.
#[test]
fn documents_nested_too_deeply_are_rejected() {
    for depth in [MAX_DEPTH, 1_000, 10_000] {
        for (open, close) in NESTINGS {
            let text = spec_with_schema(&nested(depth, open, close, "{}"));
            for json in [true, false] {
                let e = err(run(&text, json));
                assert!(
                    e.message.contains("levels deep") || e.message.contains("recursion limit"),
                    "{e}"
                );
            }
        }
    }
    // Not only schemas: an example value nested deeper than the bound.
    let text = spec_with_schema(&format!(
        r#"{{"example":{}}}"#,
        nested(MAX_DEPTH, "[", "]", "1")
    ));
    let e = err(run(&text, true));
    assert!(e.message.contains("levels deep"), "{e}");
    assert!(
        e.pointer
            .as_deref()
            .is_some_and(|p| p.starts_with("/components/schemas/Deep/example/0/0")),
        "{e:?}"
    );
    assert!(e.location.is_some(), "{e:?}");
}

#[test]
fn ref_to_the_whole_document() {
    let generated = ok(run_file("ref_root.yaml"));
    assert!(!generated.files.is_empty());
}

#[test]
fn ref_cycles() {
    let generated = ok(run_file("ref_cycles.yaml"));
    assert!(generated.files.iter().any(|f| f.path.ends_with("types.rs")));
}

/// 10,000 component schemas, each an alias of the next.
#[test]
fn long_ref_chain() {
    let n = 10_000;
    let mut schemas = String::new();
    for i in 0..n {
        schemas.push_str(&format!(
            r##""S{i}":{{"$ref":"#/components/schemas/S{}"}},"##,
            i + 1
        ));
    }
    schemas.push_str(&format!(r#""S{n}":{{"type":"string"}}"#));
    let text = format!(
        r#"{{"openapi":"3.0.0","info":{{"title":"t","version":"1"}},"paths":{{}},"components":{{"schemas":{{{schemas}}}}}}}"#
    );
    ok(run(&text, true));
}

/// Internal refs that double at each of 40 levels (schemas, and 3.1 path items referring to them):
/// every stage follows a ref by name, never by copying, so the crate stays linear in the levels.
/// (External refs that double are refused by the bundle budget: `tests/hostile.rs`.)
#[test]
fn internal_ref_graph_that_doubles_stays_linear() {
    let levels = 40;
    let mut schemas = String::new();
    let mut paths = String::new();
    let mut items = String::new();
    for i in 0..levels {
        let next = format!("#/components/schemas/S{}", i + 1);
        schemas.push_str(&format!(
            r#""S{i}":{{"type":"object","properties":{{"a":{{"$ref":"{next}"}},"b":{{"$ref":"{next}"}}}}}},"#
        ));
        paths.push_str(&format!(
            r##""/p{i}":{{"$ref":"#/components/pathItems/P{i}"}},"##
        ));
        items.push_str(&format!(
            r##""P{i}":{{"get":{{"responses":{{"200":{{"description":"ok","content":{{"application/json":{{"schema":{{"$ref":"#/components/schemas/S{i}"}}}}}}}}}}}}}},"##
        ));
    }
    schemas.push_str(&format!(r#""S{levels}":{{"type":"string"}}"#));
    let text = format!(
        r#"{{"openapi":"3.1.0","info":{{"title":"t","version":"1"}},"paths":{{{}}},"components":{{"schemas":{{{schemas}}},"pathItems":{{{}}}}}}}"#,
        paths.trim_end_matches(','),
        items.trim_end_matches(','),
    );
    let generated = ok(run(&text, true));
    assert_eq!(generated.stats.types, levels + 1);
    assert_eq!(generated.stats.operations, levels);
    assert!(
        generated.stats.lines < 200 * levels,
        "{}",
        generated.stats.lines
    );
}

/// The committed fuzz seeds (`codegen/fuzz/seeds`) end in a crate or a clean error: a seed that
/// panics would stop libFuzzer before it starts.
#[test]
fn fuzz_seeds_generate_or_fail_cleanly() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let mut outcomes = Vec::new();
    for (folder, json) in [("yaml", false), ("json", true)] {
        let entries = std::fs::read_dir(seeds.join(folder)).unwrap_or_else(|e| panic!("{e}"));
        let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
            let outcome = match run(&text, json) {
                Ok(g) => format!("{} operations", g.stats.operations),
                Err(e) => e.message,
            };
            outcomes.push((name.unwrap_or_default(), outcome));
        }
    }
    let outcome = |name: &str| {
        outcomes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, o)| o.as_str())
    };
    assert_eq!(
        outcome("unicode_odd_paths.yaml"),
        Some("3 operations"),
        "{outcomes:#?}"
    );
    assert_eq!(
        outcome("ref_graph.yaml"),
        Some("1 operations"),
        "{outcomes:#?}"
    );
    assert_eq!(
        outcome("ref_graph.json"),
        Some("1 operations"),
        "{outcomes:#?}"
    );
    assert_eq!(
        outcome("refused_refs.yaml"),
        Some(
            "in fuzz.yaml: `$ref: file:///etc/passwd` is a `file:` URL; only files named by a \
             relative path are read"
        )
    );
    assert!(outcomes.len() >= 9, "{outcomes:#?}");
}

/// serde_yaml refuses to expand aliases without bound ("repetition limit exceeded").
#[test]
fn yaml_alias_bomb() {
    let e = err(run_file("billion_laughs.yaml"));
    assert!(e.message.contains("not valid YAML"), "{e}");
}

#[test]
fn huge_numbers() {
    let result = run_file("huge_numbers.yaml");
    if let Err(e) = &result {
        assert_eq!(e.severity, Severity::Error);
    }
}

#[test]
fn duplicate_keys() {
    // YAML forbids them: an error at the second key.
    let e = err(run_file("duplicate_keys.yaml"));
    assert!(e.message.contains("duplicate"), "{e}");
    // JSON parsers keep the last one.
    ok(run_file("duplicate_keys.json"));
}

#[test]
fn not_utf8() {
    let e = err(run_file("not_utf8.yaml"));
    assert!(e.message.contains("cannot read"), "{e}");
}

/// A `$ref` to `/dev/zero` used to read forever. It is an absolute path: refused before anything
/// is opened.
#[test]
fn ref_to_a_device() {
    let e = err(run_file("ref_device.yaml"));
    assert!(
        e.message.contains("`$ref: /dev/zero` is an absolute path"),
        "{e}"
    );
}

/// A device reached through a symbolic link, inside a root widened to `/` on purpose, is still
/// refused (only regular files are read); a device as the description itself is read no further
/// than the file budget.
#[cfg(unix)]
#[test]
fn devices_are_never_read_to_the_end() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-device");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let spec = dir.join("api.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Zero: {$ref: zero.yaml}\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.yaml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut options = options();
    options.ref_root = Some("/".into());
    let e = err(generate(&spec, &options));
    assert!(
        e.message
            .contains("`$ref: zero.yaml` refers to something that is not a regular file"),
        "{e}"
    );
    let e = err(generate(Path::new("/dev/zero"), &self::options()));
    assert!(
        e.message
            .contains("is larger than 16 MiB, the budget for one file"),
        "{e}"
    );
}

/// In memory there is no folder: a `$ref` to another file is an error, and no file is read.
#[test]
fn in_memory_external_ref() {
    let text = r#"{"openapi":"3.0.0","info":{"title":"t","version":"1"},"paths":{"/a":{"$ref":"Cargo.toml"}}}"#;
    let e = err(run(text, true));
    assert!(e.message.contains("not read from a folder"), "{e}");
}
