//! `cloudsdk-codegen` turns an API description (OpenAPI 3.0 or 3.1, or Swagger 2.0; JSON or YAML;
//! one file or several joined by `$ref`) into a complete Rust client crate.
//!
//! The pipeline has six stages, each a module with one entry point; data flows one way:
//! [`load`] → [`upgrade`] → [`parse`] → [`model`] → [`emit`] → [`write`](mod@write). [`generate`] runs the
//! first five for one spec; [`read_model`] the first four, for tools that read the model.
//! Between model and emit, [`summary`] sums up the crate's public API, compares it with the
//! previous generation's ([`Options::previous`]) and picks the crate version.
//!
//! ```no_run
//! use cloudsdk_codegen::{generate, emit::{Dependencies, RuntimeSource}, Options};
//!
//! let options = Options::new("petstore", Dependencies::Standalone { runtime: RuntimeSource::Registry });
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
pub mod summary;
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
    /// What the crate's previous generation left in its folder (`api.json`, `CHANGELOG.md`):
    /// the new crate's version and changelog follow from what changed since. `None`: a first
    /// generation, at [`summary::FIRST_VERSION`].
    pub previous: Option<summary::Previous>,
    /// The date (`YYYY-MM-DD`) a new changelog entry carries; `None` leaves it out.
    pub date: Option<String>,
    /// Package settings that win over the spec's `info.x-rust-crate` (from a config file beside
    /// the spec, or `--name`); a `name` here wins over [`crate_name`](Self::crate_name) too.
    pub package: model::package::Package,
}

impl Options {
    /// Options with `strict` off.
    pub fn new(crate_name: impl Into<String>, dependencies: emit::Dependencies) -> Self {
        Self {
            crate_name: crate_name.into(),
            dependencies,
            strict: false,
            ref_root: None,
            previous: None,
            date: None,
            package: model::package::Package::default(),
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
    /// What changed in the public API since [`Options::previous`], when given.
    pub report: Option<summary::Report>,
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

/// Reads the spec at `path` and emits its crate: load → upgrade → parse → model → emit.
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

/// A spec read up to the model: what [`read_model`] returns, for tools that need the model rather
/// than the code (the snapshot tests, the contract runner).
#[derive(Debug)]
pub struct Modelled {
    /// The model.
    pub api: model::Api,
    /// Warnings of the upgrade and the model, in that order, each located in the source files.
    pub warnings: Vec<Diagnostic>,
    /// The parsed spec the model was built from (pointers in the model point into its `raw`).
    pub spec: parse::Spec,
}

/// Reads the spec at `path` up to the model: load → upgrade → parse → model.
///
/// # Errors
/// As [`generate`].
pub fn read_model(path: &Path, options: &Options) -> Result<Modelled, Diagnostic> {
    let document = load::load_within(path, options.ref_root.as_deref())?;
    build_model(parse::parse(parse::upgrade(document)?)?, options)
}

/// The stages after load: upgrade, parse, model and emit.
fn generate_document(
    document: load::Document,
    options: &Options,
    started: Instant,
) -> Result<Generated, Diagnostic> {
    let upgraded = parse::upgrade(document)?;
    let spec = parse::parse(upgraded)?;
    let read_time = started.elapsed();
    let started = Instant::now();
    let modelled = build_model(spec, options)?;
    let release = summary::plan(&modelled.api, options.previous.as_ref())?;
    let files = release_files(&modelled.api, options, &release)?;
    let lines = files
        .iter()
        .filter(|f| f.path.ends_with(".rs"))
        .map(|f| f.contents.lines().count())
        .sum();
    Ok(Generated {
        stats: Stats {
            operations: modelled.api.operations.len(),
            types: modelled.api.types.len(),
            lines,
            read_time,
            emit_time: started.elapsed(),
        },
        files,
        warnings: modelled.warnings,
        report: release.report,
    })
}

/// The crate's files at the version `release` picked, with its `api.json` and `CHANGELOG.md`.
fn release_files(
    api: &model::Api,
    options: &Options,
    release: &summary::Release,
) -> Result<Vec<emit::File>, Diagnostic> {
    let summary = &release.summary;
    let mut files = emit::emit_version(api, &options.dependencies, &summary.crate_version)?;
    let previous = options.previous.as_ref();
    let changelog = emit::changelog(
        previous.and_then(|p| p.changelog.as_deref()),
        release.report.as_ref(),
        summary,
        options.date.as_deref(),
    );
    files.push(emit::File {
        path: summary::FILE.to_owned(),
        contents: summary.to_json(),
    });
    files.push(emit::File {
        path: "CHANGELOG.md".to_owned(),
        contents: changelog,
    });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Stage 4 on a parsed spec: the model, with the upgrade's and the model's warnings located in
/// the source files.
///
/// # Errors
/// With `strict`, the first warning, as an error.
fn build_model(spec: parse::Spec, options: &Options) -> Result<Modelled, Diagnostic> {
    options.package.check().map_err(|refused| {
        Diagnostic::error(format!("package setting {refused}"))
            .hint("these settings come from the command line or a config file beside the spec")
    })?;
    let extension = spec.api.info.extensions.get("x-rust-crate");
    let package = model::package::from_extension(extension)
        .map_err(|d| spec.locate_diagnostic(d))?
        .overridden_by(&options.package);
    let crate_name = package
        .name
        .clone()
        .unwrap_or_else(|| options.crate_name.clone());
    let (api, model_warnings) = model::build(
        &spec.api,
        &model::Options {
            crate_name,
            package,
        },
    );
    let mut warnings = spec.warnings.clone();
    warnings.extend(
        model_warnings
            .into_iter()
            .map(|w| spec.locate_diagnostic(w)),
    );
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
    Ok(Modelled {
        api,
        warnings,
        spec,
    })
}
