//! What a contract run calls: the provider crates under `generated/` (their specs under
//! `specs/`), or every description under spec folders (`--specs DIR`), generated into
//! `target/contract/crates` by the corpus task's code.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use cloudsdk_codegen::Options;
use cloudsdk_codegen::emit::Dependencies;

use crate::corpus::NotGenerated;

/// One spec and the crate generated from it.
pub(super) struct Target {
    /// The crate's name; the program calling it is the package `contract-<name>`.
    pub(super) name: String,
    /// How tables show it: the provider's name, or the file's path under its folder.
    pub(super) shown: String,
    pub(super) spec: PathBuf,
    pub(super) crate_dir: PathBuf,
    /// What the crate was generated with (the model is read again with them).
    pub(super) options: Options,
}

/// The command line, read.
pub(super) struct Selection {
    pub(super) targets: Vec<Target>,
    /// Specs under the folders that did not become a crate: (path, why).
    pub(super) not_generated: NotGenerated,
    /// Prism answers with dynamic examples (`--dynamic`).
    pub(super) dynamic: bool,
    /// How many specs run at the same time (`--jobs N`, default 1).
    pub(super) jobs: usize,
    /// The folders given with `--specs` (empty: the providers).
    pub(super) folders: Vec<PathBuf>,
}

/// Reads `[--dynamic] [--jobs N] [--specs DIR]… [NAME…]`. With folders, a NAME keeps the specs
/// whose path under their folder contains it; without, it names a provider.
pub(super) fn select(root: &Path, scratch: &Path, args: &[String]) -> Result<Selection> {
    let mut names = Vec::new();
    let mut folders = Vec::new();
    let mut dynamic = false;
    let mut jobs = 1;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--dynamic" => dynamic = true,
            "--specs" => match it.next() {
                Some(dir) => folders.push(PathBuf::from(dir)),
                None => bail!("`--specs` needs a folder"),
            },
            "--jobs" => match it.next().and_then(|n| n.parse::<usize>().ok()) {
                Some(n) if n > 0 => jobs = n,
                _ => bail!("`--jobs` needs a positive number"),
            },
            other if other.starts_with("--") => bail!("unknown option `{other}`"),
            other => names.push(other.to_owned()),
        }
    }
    let (targets, not_generated) = if folders.is_empty() {
        (providers(root, &names)?, Vec::new())
    } else {
        from_folders(root, &scratch.join("crates"), &folders, &names)?
    };
    Ok(Selection {
        targets,
        not_generated,
        dynamic,
        jobs,
        folders,
    })
}

/// The providers named (every one when none is), with their crates under `generated/`.
fn providers(root: &Path, names: &[String]) -> Result<Vec<Target>> {
    let mut specs = crate::discover(&root.join("specs"))?;
    for n in names {
        if !specs.iter().any(|(name, _)| name == n) {
            bail!("no spec named `{n}` under specs/");
        }
    }
    if !names.is_empty() {
        specs.retain(|(name, _)| names.contains(name));
    }
    Ok(specs
        .into_iter()
        .map(|(name, spec)| Target {
            shown: name.clone(),
            crate_dir: root.join("generated").join(&name),
            options: Options::new(name.clone(), Dependencies::Workspace),
            name,
            spec,
        })
        .collect())
}

/// Every description under `folders`, generated into `crates/<crate>` (those whose path
/// contains one of `names`, when names are given).
fn from_folders(
    root: &Path,
    crates: &Path,
    folders: &[PathBuf],
    names: &[String],
) -> Result<(Vec<Target>, NotGenerated)> {
    let (generated, mut others) = crate::corpus::generate_specs(root, crates, folders)?;
    let wanted = |shown: &str| names.is_empty() || names.iter().any(|n| shown.contains(n));
    others.retain(|(shown, _)| wanted(shown));
    let runtime = root.join("runtime").canonicalize()?;
    let targets = generated
        .into_iter()
        .filter(|g| wanted(&g.shown))
        .map(|g| {
            let mut options = Options::new(
                g.krate.clone(),
                Dependencies::Member {
                    runtime_path: runtime.display().to_string(),
                },
            );
            options.ref_root = Some(g.ref_root);
            Target {
                crate_dir: crates.join(&g.krate),
                name: g.krate,
                shown: g.shown,
                spec: g.file,
                options,
            }
        })
        .collect();
    Ok((targets, others))
}
