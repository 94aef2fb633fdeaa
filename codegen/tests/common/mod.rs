//! Fixture helpers shared by the tests that generate one fixture spec per case
//! (`contract_client.rs`, `longtail.rs`, `longtail_model.rs`): where a fixture is, how it is
//! generated leniently or with `--strict`, and how to find a warning, file or operation in the
//! result. Each test binary uses part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use cloudsdk_codegen::diag::{Diagnostic, Location};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::model::Operation;
use cloudsdk_codegen::{Generated, Modelled, Options, generate, read_model};

/// The fixtures of one folder under `tests/fixtures/`, generated as the crate `crate_name`.
pub struct Fixtures {
    folder: &'static str,
    crate_name: &'static str,
}

impl Fixtures {
    pub const fn new(folder: &'static str, crate_name: &'static str) -> Self {
        Fixtures { folder, crate_name }
    }

    /// The path of the fixture `name`.
    pub fn path(&self, name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(self.folder)
            .join(name)
    }

    /// Generation options for these fixtures, `--strict` or not.
    pub fn options(&self, strict: bool) -> Options {
        let mut options = Options::new(self.crate_name, Dependencies::Workspace);
        options.strict = strict;
        options
    }

    /// The fixture's crate, generated leniently (panicking when it is refused).
    pub fn generated(&self, name: &str) -> Generated {
        generate(&self.path(name), &self.options(false))
            .unwrap_or_else(|e| panic!("{name} should generate leniently:\n{e}"))
    }

    /// The fixture's crate, generated leniently, and its model.
    pub fn lenient(&self, name: &str) -> (Generated, Modelled) {
        let generated = self.generated(name);
        let modelled = read_model(&self.path(name), &self.options(false))
            .unwrap_or_else(|e| panic!("{name} should model leniently:\n{e}"));
        (generated, modelled)
    }

    /// The error `--strict` gives for the fixture.
    pub fn strict(&self, name: &str) -> Diagnostic {
        match generate(&self.path(name), &self.options(true)) {
            Ok(g) => panic!("--strict should refuse {name}; warnings: {:#?}", g.warnings),
            Err(e) => e,
        }
    }
}

/// The warnings whose message holds `part`.
pub fn warnings_with<'a>(generated: &'a Generated, part: &str) -> Vec<&'a Diagnostic> {
    generated
        .warnings
        .iter()
        .filter(|w| w.message.contains(part))
        .collect()
}

/// Where a diagnostic points (panicking when it is not located).
fn location(d: &Diagnostic) -> &Location {
    d.location
        .as_ref()
        .unwrap_or_else(|| panic!("not located: {d}"))
}

/// The line and column of a located diagnostic.
pub fn line_col(d: &Diagnostic) -> (usize, usize) {
    let location = location(d);
    (location.line, location.column)
}

/// The file name (last component), line and column of a located diagnostic.
pub fn place(d: &Diagnostic) -> (String, usize, usize) {
    let location = location(d);
    let file = location.file.file_name().unwrap_or_default();
    (
        file.to_string_lossy().into_owned(),
        location.line,
        location.column,
    )
}

/// The contents of the generated file at `path`.
pub fn file<'g>(generated: &'g Generated, path: &str) -> &'g str {
    let file = generated.files.iter().find(|f| f.path == path);
    let paths: Vec<&str> = generated.files.iter().map(|f| f.path.as_str()).collect();
    &file
        .unwrap_or_else(|| panic!("no {path} in {paths:?}"))
        .contents
}

/// The operation `id` of the model.
pub fn operation<'a>(modelled: &'a Modelled, id: &str) -> &'a Operation {
    modelled
        .api
        .operations
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("no operation {id}"))
}
