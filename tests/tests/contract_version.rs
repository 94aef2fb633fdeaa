//! The contract between generated crates and the runtime (ARCHITECTURE.md, "The runtime
//! contract"): the generator and the runtime agree on its version, every generated crate checks
//! it, and generated code builds no runtime type as a struct literal, so a runtime that gains a
//! field still builds it.

use std::path::{Path, PathBuf};

use cloudsdk_codegen::emit::{RUNTIME_CONTRACT, RUNTIME_REQUIREMENT};

fn generated() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .join("generated")
}

/// Every `.rs` file of every generated crate, with its text.
fn generated_sources() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut dirs = vec![generated()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("readable file");
                out.push((path, text));
            }
        }
    }
    out
}

#[test]
fn the_generator_emits_the_contract_the_runtime_provides() {
    assert_eq!(RUNTIME_CONTRACT, cloudsdk_runtime::CONTRACT);
    // The workspace shares one version: the requirement must accept this runtime.
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        version.starts_with(&format!("{RUNTIME_REQUIREMENT}.")),
        "{RUNTIME_REQUIREMENT} does not accept the workspace's runtime {version}"
    );
}

#[test]
fn every_generated_crate_requires_the_contract() {
    let call = format!("cloudsdk_runtime::require_contract!({RUNTIME_CONTRACT});");
    let libs: Vec<_> = generated_sources()
        .into_iter()
        .filter(|(path, _)| path.ends_with("src/lib.rs"))
        .collect();
    assert!(libs.len() >= 4, "generated crates: {}", libs.len());
    for (path, text) in libs {
        assert!(text.contains(&call), "{} lacks {call}", path.display());
    }
}

/// `cloudsdk_runtime::Name {` or `cloudsdk_runtime::Enum::Variant {` as an expression: a
/// struct literal. A return type or an `impl` header before the brace is not one, nor a `use`
/// group (`cloudsdk_runtime::{`).
fn struct_literals(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let mut rest = line;
        while let Some(at) = rest.find("cloudsdk_runtime::") {
            let before = &rest[..at];
            let after = &rest[at..];
            let path_len = after
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(after.len());
            let tail = after[path_len..].trim_start();
            let signature = before.contains("->") || before.contains("impl ");
            let group = after[..path_len].ends_with("::");
            if tail.starts_with('{') && !signature && !group {
                found.push(line.trim().to_owned());
            }
            rest = &after[path_len..];
        }
    }
    found
}

#[test]
fn generated_code_builds_no_runtime_struct_literal() {
    let mut found = Vec::new();
    for (path, text) in generated_sources() {
        for line in struct_literals(&text) {
            found.push(format!("{}: {line}", path.display()));
        }
    }
    assert!(
        found.is_empty(),
        "struct literals of runtime types: {found:#?}"
    );
}

#[test]
fn the_literal_check_sees_literals_and_not_signatures() {
    let code = "static A: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {\n\
                fn raw(&self) -> &cloudsdk_runtime::Client {\n\
                impl cloudsdk_runtime::ErrorBody for X {\n\
                pub use cloudsdk_runtime::{\n\
                Ok(cloudsdk_runtime::ResponseValue { status, headers, value })\n\
                cloudsdk_runtime::Pagination::PageNumber {";
    assert_eq!(
        struct_literals(code),
        [
            "static A: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {",
            "Ok(cloudsdk_runtime::ResponseValue { status, headers, value })",
            "cloudsdk_runtime::Pagination::PageNumber {",
        ]
    );
}
