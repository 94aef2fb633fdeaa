//! `cloudsdk-codegen` turns an API description (OpenAPI 3.0 or 3.1, or Swagger 2.0; JSON or YAML;
//! one file or several joined by `$ref`) into a complete Rust client crate.
//!
//! The pipeline has six stages, each a module with one entry point; data flows one way:
//! [`load`] → [`upgrade`] → [`parse`] → [`model`] → [`emit`] → [`write`](mod@write). [`generate`] runs the
//! first five for one spec.
//!
//! ```no_run
//! use cloudsdk_codegen::{generate, emit::Dependencies, Options};
//!
//! let options = Options::new("petstore", Dependencies::Standalone { runtime_path: "../runtime".into() });
//! let generated = generate(std::path::Path::new("petstore.yaml"), &options)?;
//! for warning in &generated.warnings {
//!     eprintln!("{warning}");
//! }
//! cloudsdk_codegen::write::write(std::path::Path::new("out/petstore"), &generated.files, false)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]

pub mod diag;
pub mod emit;
pub mod load;
pub mod model;
pub mod parse;
pub mod pointer;
pub mod upgrade;
pub mod write;

use std::path::Path;
use std::time::{Duration, Instant};

use diag::Diagnostic;

/// What to generate and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The crate (package) name.
    pub crate_name: String,
    /// How the crate depends on the runtime.
    pub dependencies: emit::Dependencies,
    /// Turn warnings into errors.
    pub strict: bool,
    /// The folder external `$ref`s may read, when wider than the spec's own folder (which it must
    /// hold). `None`: the spec's folder.
    pub ref_root: Option<std::path::PathBuf>,
}

impl Options {
    /// Options with `strict` off.
    pub fn new(crate_name: impl Into<String>, dependencies: emit::Dependencies) -> Self {
        Self {
            crate_name: crate_name.into(),
            dependencies,
            strict: false,
            ref_root: None,
        }
    }
}

/// A generated crate and what was noticed on the way.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The files of the crate.
    pub files: Vec<emit::File>,
    /// Warnings, located in the source files.
    pub warnings: Vec<Diagnostic>,
    /// Figures about the run.
    pub stats: Stats,
}

/// Figures about one generation.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Operations generated.
    pub operations: usize,
    /// Named types generated.
    pub types: usize,
    /// Lines of Rust generated.
    pub lines: usize,
    /// Time spent reading and parsing.
    pub read_time: Duration,
    /// Time spent modelling and emitting.
    pub emit_time: Duration,
}

/// Reads the spec at `path` and emits its crate.
///
/// # Errors
/// The first error of any stage (or the first warning, with `strict`), located in the source.
pub fn generate(path: &Path, options: &Options) -> Result<Generated, Diagnostic> {
    let started = Instant::now();
    let document = load::load_within(path, options.ref_root.as_deref())?;
    generate_document(document, options, started)
}

/// Emits the crate of a spec held in memory: `text` is read as JSON when `json` is set, else as
/// YAML, and is shown as `name` in diagnostics. External `$ref`s are errors (no file is read).
/// This is [`generate`] without the file system, for tools and the fuzz targets.
///
/// # Errors
/// As [`generate`].
pub fn generate_str(
    name: &Path,
    text: &str,
    json: bool,
    options: &Options,
) -> Result<Generated, Diagnostic> {
    let started = Instant::now();
    let document = load::load_str(name, text, json, None)?;
    generate_document(document, options, started)
}

/// The stages after load: upgrade, parse, model and emit.
fn generate_document(
    document: load::Document,
    options: &Options,
    started: Instant,
) -> Result<Generated, Diagnostic> {
    let spec = parse::parse(document)?;
    let read_time = started.elapsed();
    let started = Instant::now();
    let (api, model_warnings) = model::build(
        &spec.api,
        &model::Options {
            crate_name: options.crate_name.clone(),
        },
    );
    let mut warnings = spec.warnings.clone();
    warnings.extend(model_warnings.into_iter().map(|w| {
        let location = w.pointer.as_deref().and_then(|p| spec.locate(p));
        w.located(location)
    }));
    if options.strict {
        if let Some(first) = warnings.first() {
            let mut error = first.clone();
            error.severity = diag::Severity::Error;
            error.message = format!(
                "{} (and {} more warnings; --strict makes them errors)",
                error.message,
                warnings.len() - 1
            );
            return Err(error);
        }
    }
    let files = emit::emit(&api, &options.dependencies)?;
    let lines = files
        .iter()
        .filter(|f| f.path.ends_with(".rs"))
        .map(|f| f.contents.lines().count())
        .sum();
    Ok(Generated {
        files,
        warnings,
        stats: Stats {
            operations: api.operations.len(),
            types: api.types.len(),
            lines,
            read_time,
            emit_time: started.elapsed(),
        },
    })
}
