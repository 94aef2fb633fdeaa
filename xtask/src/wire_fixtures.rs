//! Fixture specs whose generated types the `tests` crate compiles and exercises on the wire
//! (`tests/tests/wire_unions.rs`): `cargo xtask codegen` writes each one's `types.rs` to
//! `tests/fixtures/` beside the provider crates, and `--check` reports it when out of date.
//! They cover shapes no provider spec has (tagged unions, a discriminator the spec implies).

use std::path::Path;

use anyhow::{Context, Result};
use cloudsdk_codegen::emit::{Dependencies, File};
use cloudsdk_codegen::write::{Change, write};
use cloudsdk_codegen::{Options, generate};

/// (fixture spec, file under `tests/fixtures/`).
const FIXTURES: &[(&str, &str)] = &[
    (
        "codegen/tests/fixtures/constructs/schema_unions.yaml",
        "schema_unions_types.rs",
    ),
    (
        "codegen/tests/fixtures/constructs/schema_discriminator.yaml",
        "schema_discriminator_types.rs",
    ),
];

/// Writes (or with `check`, compares) every fixture's types; what differed.
pub fn write_all(root: &Path, check: bool) -> Result<Vec<Change>> {
    let dir = root.join("tests/fixtures");
    let mut changes = Vec::new();
    for (spec, out) in FIXTURES {
        let options = Options::new("fixture", Dependencies::Workspace);
        let generated =
            generate(&root.join(spec), &options).map_err(|d| anyhow::anyhow!("{spec}: {d}"))?;
        let types = (generated.files.iter())
            .find(|f| f.path == "src/types.rs")
            .with_context(|| format!("{spec}: no src/types.rs generated"))?;
        let file = File {
            path: (*out).to_owned(),
            contents: types.contents.clone(),
        };
        changes.extend(write(&dir, &[file], check).with_context(|| format!("writing {out}"))?);
    }
    Ok(changes)
}
