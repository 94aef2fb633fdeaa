//! `cargo xtask bench`: how long generation takes, how long `cargo check` of a generated crate
//! takes, and what the criterion benches say, beside progenitor and openapi-generator when they
//! are installed. Prints one markdown table of medians and ratios.
//!
//! These are benchmarks, not tests: nothing here fails because the machine was slow. The process
//! exits non-zero only when something could not be run at all.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use anyhow::{Context, Result, bail};

mod lean;
mod tagdist;
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::write::write;
use cloudsdk_codegen::{Options, generate};

use crate::scratch::{self, Profiles};

/// Relative to the project root.
const DEFAULT_SPECS: &[&str] = &[
    "../shared/corpus/realworld/oxide/oxide.json",
    "../shared/corpus/realworld/progenitor-sample_openapi/nexus.json",
    "../shared/corpus/realworld/hetzner/hcloud.json",
    "../shared/corpus/realworld/progenitor-sample_openapi/api.github.com.json",
];

/// Set when the bench re-runs itself in the release profile.
const RELEASE_ENV: &str = "CLOUDSDK_BENCH_RELEASE";

/// Generation must take at most this fraction of progenitor's (10× faster, issue #16).
const GENERATE_TARGET: f64 = 0.1;
/// `cargo check` of our crate at most this fraction of progenitor's (issue #16).
const CHECK_TARGET: f64 = 0.25;
/// A debug `cargo build` of our crate at most this fraction of progenitor's (issue #16).
const BUILD_TARGET: f64 = 0.4;
/// The whole corpus generates within this.
const CORPUS_TARGET: Duration = Duration::from_secs(10);
/// A generated call at most this much slower than the same request by hand.
const CALL_TARGET: f64 = 1.05;
/// `cargo check` with one tag's feature at most this fraction of the whole crate's.
const TAG_TARGET: f64 = 0.15;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    Auto,
    Required,
    Skip,
}

struct Args {
    specs: Vec<PathBuf>,
    runs: usize,
    compile: bool,
    /// Also time a debug `cargo build` of each crate (with `compile`).
    build: bool,
    criterion: bool,
    corpus: bool,
    progenitor: Want,
    openapi_generator: Want,
    progenitor_interface: String,
    /// `spec=tag,…`: the tag feature checked alone beside the whole crate (`spec=all`: every
    /// tag of the spec, see `tagdist.rs`).
    tags: Vec<(String, String)>,
    /// Whether `--tags` was given (the default names specs a run may leave out).
    tags_given: bool,
    /// The spec whose one-call program is built cold.
    cold: Option<String>,
}

fn parse_args(root: &Path, args: &[String]) -> Result<Args> {
    let mut parsed = Args {
        specs: DEFAULT_SPECS.iter().map(|s| root.join(s)).collect(),
        runs: 3,
        compile: true,
        build: true,
        criterion: true,
        corpus: true,
        progenitor: Want::Auto,
        openapi_generator: Want::Auto,
        progenitor_interface: "builder".into(),
        tags: lean::parse_tags(lean::DEFAULT_TAGS)?,
        tags_given: false,
        cold: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--specs" => {
                let list = it.next().context("--specs needs a comma-separated list")?;
                parsed.specs = list
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(PathBuf::from)
                    .collect();
            }
            "--runs" => {
                parsed.runs = it
                    .next()
                    .context("--runs needs a number")?
                    .parse()
                    .context("--runs needs a number")?;
                if parsed.runs == 0 {
                    bail!("--runs must be at least 1");
                }
            }
            "--no-compile" => parsed.compile = false,
            "--no-build" => parsed.build = false,
            "--tags" => {
                parsed.tags = lean::parse_tags(it.next().context("--tags needs spec=tag,…")?)?;
                parsed.tags_given = true;
            }
            "--cold" => parsed.cold = Some(it.next().context("--cold needs a spec name")?.clone()),
            "--no-criterion" => parsed.criterion = false,
            "--no-corpus" => parsed.corpus = false,
            "--with-progenitor" => parsed.progenitor = Want::Required,
            "--no-progenitor" => parsed.progenitor = Want::Skip,
            "--with-openapi-generator" => parsed.openapi_generator = Want::Required,
            "--no-openapi-generator" => parsed.openapi_generator = Want::Skip,
            "--progenitor-interface" => {
                let style = it.next().context("--progenitor-interface needs a style")?;
                if style != "builder" && style != "positional" {
                    bail!("--progenitor-interface is `builder` or `positional`");
                }
                parsed.progenitor_interface = style.clone();
            }
            other => bail!("unknown option `{other}` (see `cargo xtask --help`)"),
        }
    }
    for spec in &parsed.specs {
        if !spec.is_file() {
            bail!("{} does not exist", spec.display());
        }
    }
    Ok(parsed)
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

pub fn run(root: &Path, args: &[String]) -> Result<bool> {
    // Measure an optimised generator: the `cargo xtask` alias builds the dev profile.
    if cfg!(debug_assertions) && std::env::var_os(RELEASE_ENV).is_none() {
        eprintln!("bench: building and re-running xtask in the release profile");
        let status = cargo()
            .args([
                "run",
                "--quiet",
                "--release",
                "--package",
                "xtask",
                "--manifest-path",
            ])
            .arg(root.join("Cargo.toml"))
            .args(["--", "bench"])
            .args(args)
            .env(RELEASE_ENV, "1")
            .status()
            .context("running cargo run --release")?;
        return Ok(status.success());
    }
    let args = parse_args(root, args)?;
    let bench_dir = root.join("target/bench");
    let ws = bench_dir.join("ws");
    std::fs::create_dir_all(&ws)?;
    let runtime = root.join("runtime").canonicalize()?;
    let load_before = load_average();

    let progenitor = detect(
        "progenitor",
        args.progenitor,
        cargo().args(["progenitor", "--help"]),
    )?;
    let openapi_generator = detect(
        "openapi-generator",
        args.openapi_generator,
        &mut openapi_generator_command(&["version"]),
    )?;

    let mut specs: Vec<Spec> = Vec::new();
    let mut names = std::collections::BTreeSet::new();
    for path in &args.specs {
        let mut name = super::crate_name_for(path);
        while !names.insert(name.clone()) {
            name.push('x');
        }
        specs.push(Spec {
            path: path.canonicalize()?,
            ours: Tool::default(),
            progenitor: Tool::default(),
            openapi_generator: Tool::default(),
            read: Vec::new(),
            emit: Vec::new(),
            tag: lean::tag_for(&name, &args.tags),
            each_tag: if lean::wants_all(&name, &args.tags) {
                Some(tagdist::plan(path)?)
            } else {
                None
            },
            name,
            cold: None,
        });
    }

    if args.tags_given {
        lean::check_tag_specs(&args.tags, &names)?;
    }
    if !args.compile && specs.iter().any(|s| s.each_tag.is_some()) {
        bail!("--tags SPEC=all checks the crate: it cannot go with --no-compile");
    }

    // Generation, the three generators interleaved run by run so that load spikes hit all alike.
    for run in 0..args.runs {
        for spec in &mut specs {
            eprintln!(
                "bench: generate {} (run {}/{})",
                spec.name,
                run + 1,
                args.runs
            );
            generate_ours(spec, &ws, &runtime)?;
            if progenitor {
                let dir = ws.join(format!("progenitor-{}", spec.name));
                let mut cmd = cargo();
                cmd.arg("progenitor")
                    .arg("-i")
                    .arg(&spec.path)
                    .arg("-o")
                    .arg(&dir)
                    .args(["-n", &format!("progenitor-{}", spec.name), "-v", "0.1.0"])
                    .args(["--interface", &args.progenitor_interface]);
                if args.progenitor_interface == "builder" {
                    cmd.args(["--tags", "separate"]);
                }
                time_generator(&mut spec.progenitor, &dir, &mut cmd)?;
            }
            if openapi_generator {
                let dir = ws.join(format!("oag-{}", spec.name));
                let mut cmd = openapi_generator_command(&["generate", "-g", "rust"]);
                cmd.arg("-i")
                    .arg(&spec.path)
                    .arg("-o")
                    .arg(&dir)
                    .arg("--skip-validate-spec")
                    .arg(format!(
                        // The spec's `info.version` is not always semver (hcloud's is a commit).
                        "--additional-properties=packageName=oag-{},packageVersion=0.1.0",
                        spec.name
                    ));
                time_generator(&mut spec.openapi_generator, &dir, &mut cmd)?;
            }
        }
    }

    let corpus = if args.corpus {
        Some(time_corpus(root, &bench_dir, &runtime, args.runs)?)
    } else {
        None
    };

    if args.compile {
        time_checks(root, &ws, &mut specs, args.runs, args.build)?;
    }
    if let Some(name) = &args.cold {
        cold_builds(root, &bench_dir, &mut specs, name)?;
    }

    let criterion = if args.criterion {
        run_criterion(root, &bench_dir)?
    } else {
        Criterion::default()
    };

    let load_after = load_average();
    print_table(
        &specs,
        corpus.as_ref(),
        &criterion,
        progenitor,
        openapi_generator,
        &args,
    );
    for spec in &specs {
        if let Some(each) = &spec.each_tag {
            print!("{}", tagdist::render(&spec.name, each, TAG_TARGET));
        }
    }
    println!(
        "\n{} run(s) per measurement, medians; load average {} before, {} after ({} CPUs).",
        args.runs,
        load_before,
        load_after,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    Ok(true)
}

#[derive(Default)]
struct Tool {
    /// Generation wall time of each successful run.
    generate: Vec<Duration>,
    /// CPU time (user + system) of each successful generation.
    generate_cpu: Vec<Duration>,
    /// Why generation failed (first lines of its output).
    failed: Option<String>,
    /// The crate directory and package name once generated.
    krate: Option<(PathBuf, String)>,
    lines: usize,
    /// `cargo check -p` wall time of each run.
    check: Vec<Duration>,
    /// CPU time (user + system) of cargo and rustc in each run.
    check_cpu: Vec<Duration>,
    check_failed: Option<String>,
    /// Debug `cargo build -p` wall time of each run.
    build: Vec<Duration>,
    /// CPU time (user + system) of cargo and rustc in each build.
    build_cpu: Vec<Duration>,
    build_failed: Option<String>,
}

struct Spec {
    path: PathBuf,
    name: String,
    ours: Tool,
    progenitor: Tool,
    openapi_generator: Tool,
    read: Vec<Duration>,
    emit: Vec<Duration>,
    /// Our crate checked with one tag's feature alone.
    tag: Option<lean::TagCheck>,
    /// Our crate checked with each of its tag features alone (`--tags SPEC=all`).
    each_tag: Option<tagdist::EachTag>,
    /// The cold builds of a one-call program: ours, progenitor's.
    cold: Option<(lean::ColdBuild, Option<lean::ColdBuild>)>,
}

/// The cold builds of the spec named `name` (see `lean.rs`).
fn cold_builds(root: &Path, bench_dir: &Path, specs: &mut [Spec], name: &str) -> Result<()> {
    let spec = specs
        .iter_mut()
        .find(|s| s.name == name)
        .with_context(|| format!("--cold {name}: no such spec in this run"))?;
    let Some((dir, package)) = lean::crate_dir(&spec.ours.krate) else {
        bail!("--cold {name}: our generator failed on it");
    };
    eprintln!("bench: cold build of a one-call program on {name} (ours)");
    let ours = lean::cold_build(root, bench_dir, dir, package, lean::Program::Quickstart)?;
    let theirs = match lean::crate_dir(&spec.progenitor.krate) {
        Some((dir, package)) => {
            eprintln!("bench: cold build of a one-call program on {name} (progenitor)");
            Some(lean::cold_build(
                root,
                bench_dir,
                dir,
                package,
                lean::Program::ClientNew,
            )?)
        }
        None => None,
    };
    spec.cold = Some((ours, theirs));
    Ok(())
}

fn openapi_generator_command(args: &[&str]) -> Command {
    // pip installs scripts in ~/.local/bin, which is often not on PATH.
    let on_path = Command::new("openapi-generator-cli")
        .arg("version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let program = match std::env::var_os("HOME") {
        Some(home) if !on_path => {
            let local = Path::new(&home).join(".local/bin/openapi-generator-cli");
            if local.is_file() {
                local.into_os_string()
            } else {
                "openapi-generator-cli".into()
            }
        }
        _ => "openapi-generator-cli".into(),
    };
    let mut cmd = Command::new(program);
    cmd.args(args);
    cmd
}

/// Whether a generator can be run, per the user's wish.
fn detect(name: &str, want: Want, probe: &mut Command) -> Result<bool> {
    if want == Want::Skip {
        return Ok(false);
    }
    let ok = probe
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok && want == Want::Required {
        bail!("{name} is not installed (see the Performance section of README.md)");
    }
    if !ok {
        eprintln!("bench: {name} is not installed; measuring ours only");
    }
    Ok(ok)
}

fn generate_ours(spec: &mut Spec, ws: &Path, runtime: &Path) -> Result<()> {
    let krate = format!("ours-{}", spec.name);
    let dir = ws.join(&krate);
    remove_dir(&dir)?;
    let options = Options::new(
        krate.clone(),
        Dependencies::Member {
            runtime_path: runtime.display().to_string(),
        },
    );
    let cpu = cpu_time();
    let started = Instant::now();
    let generated = match generate(&spec.path, &options) {
        Ok(g) => g,
        Err(d) => {
            spec.ours.failed = Some(first_line(&d.to_string()));
            return Ok(());
        }
    };
    write(&dir, &generated.files, false).with_context(|| format!("writing {}", dir.display()))?;
    spec.ours.generate.push(started.elapsed());
    spec.ours
        .generate_cpu
        .push(cpu_time().own.saturating_sub(cpu.own));
    spec.read.push(generated.stats.read_time);
    spec.emit.push(generated.stats.emit_time);
    spec.ours.lines = generated.stats.lines;
    spec.ours.krate = Some((dir, krate));
    Ok(())
}

/// Runs another generator as a process into a fresh `dir`.
fn time_generator(tool: &mut Tool, dir: &Path, cmd: &mut Command) -> Result<()> {
    if tool.failed.is_some() {
        return Ok(());
    }
    remove_dir(dir)?;
    let cpu = cpu_time();
    let started = Instant::now();
    let output = cmd.output().context("running a generator")?;
    let elapsed = started.elapsed();
    let cpu = cpu_time().children.saturating_sub(cpu.children);
    if !output.status.success() {
        let text = String::from_utf8_lossy(&output.stderr).into_owned()
            + &String::from_utf8_lossy(&output.stdout);
        tool.failed = Some(first_error(&text));
        tool.krate = None;
        return Ok(());
    }
    tool.generate.push(elapsed);
    tool.generate_cpu.push(cpu);
    tool.lines = rust_lines(dir);
    tool.krate = Some((dir.to_path_buf(), package_name(dir)?));
    Ok(())
}

/// The whole corpus, generated (and written) in parallel on every CPU.
struct Corpus {
    specs: usize,
    failed: usize,
    threads: usize,
    times: Vec<Duration>,
}

fn time_corpus(root: &Path, bench_dir: &Path, runtime: &Path, runs: usize) -> Result<Corpus> {
    let base = root
        .join("../shared/corpus")
        .canonicalize()
        .context("../shared/corpus does not exist (use --no-corpus)")?;
    let files: Vec<PathBuf> = crate::corpus::entries(&base)?
        .into_iter()
        .filter(|f| crate::corpus::version_of(f).is_some())
        .collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let out = bench_dir.join("corpus");
    let mut times = Vec::new();
    let mut failed = 0;
    for run in 0..runs {
        eprintln!(
            "bench: generate the whole corpus, {} specs on {threads} threads (run {}/{runs})",
            files.len(),
            run + 1
        );
        remove_dir(&out)?;
        let next = AtomicUsize::new(0);
        let failures = Mutex::new(0usize);
        let started = Instant::now();
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(file) = files.get(i) else { break };
                        let name = format!("corpus-{i}");
                        let options = Options::new(
                            name.clone(),
                            Dependencies::Member {
                                runtime_path: runtime.display().to_string(),
                            },
                        );
                        let ok = generate(file, &options)
                            .ok()
                            .is_some_and(|g| write(&out.join(&name), &g.files, false).is_ok());
                        if !ok {
                            *failures.lock().unwrap_or_else(|e| e.into_inner()) += 1;
                        }
                    }
                });
            }
        });
        times.push(started.elapsed());
        failed = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    }
    Ok(Corpus {
        specs: files.len(),
        failed,
        threads,
        times,
    })
}

/// `cargo check` of each generated crate alone: one scratch workspace holds them all and shares
/// a target directory; a warm-up builds the dependencies once, then each timed run cleans just
/// the crate (`cargo clean -p`) and checks it (`cargo check -p`). With `build`, the same for a
/// debug `cargo build -p` (its own warm-up: a build needs the dependencies' code, not metadata).
fn time_checks(root: &Path, ws: &Path, specs: &mut [Spec], runs: usize, build: bool) -> Result<()> {
    write_workspace(ws, specs)?;
    let target = root.join("target/bench/target");
    let check = |args: &[&str]| -> Result<std::process::Output> {
        cargo()
            .args(args)
            .current_dir(ws)
            .env("CARGO_TARGET_DIR", &target)
            // No incremental state: every timed check starts from nothing but the dependencies.
            .env("CARGO_INCREMENTAL", "0")
            .output()
            .context("running cargo")
    };
    let verbs: &[&str] = if build {
        &["check", "build"]
    } else {
        &["check"]
    };
    for verb in verbs {
        eprintln!("bench: warm-up: cargo {verb} --workspace (builds every dependency once)");
        let warm = check(&[verb, "--workspace", "--keep-going", "--quiet"])?;
        if !warm.status.success() {
            eprintln!(
                "bench: the warm-up failed (crates that do not compile are reported in the table): {}",
                first_error(&String::from_utf8_lossy(&warm.stderr))
            );
        }
    }
    for run in 0..runs {
        for spec in specs.iter_mut() {
            eprintln!("bench: cargo check {} (run {}/{runs})", spec.name, run + 1);
            for tool in [
                &mut spec.ours,
                &mut spec.progenitor,
                &mut spec.openapi_generator,
            ] {
                let Some((_, package)) = tool.krate.clone() else {
                    continue;
                };
                let slots = (&mut tool.check, &mut tool.check_cpu, &mut tool.check_failed);
                time_cargo(&check, "check", &package, slots)?;
                if build {
                    let slots = (&mut tool.build, &mut tool.build_cpu, &mut tool.build_failed);
                    time_cargo(&check, "build", &package, slots)?;
                }
            }
            if let (Some(tag), Some((_, package))) = (&mut spec.tag, &spec.ours.krate) {
                lean::time_tag(&check, package, tag)?;
            }
        }
    }
    for spec in specs.iter_mut() {
        if let (Some(each), Some((_, package))) = (&mut spec.each_tag, &spec.ours.krate) {
            tagdist::measure(&check, package, each, runs)?;
        }
    }
    Ok(())
}

/// The scratch workspace's manifest: every generated crate is a member, built with cargo's
/// profiles (a user's build of the crate, not the project's).
fn write_workspace(ws: &Path, specs: &[Spec]) -> Result<()> {
    let members = specs.iter().flat_map(|spec| {
        [&spec.ours, &spec.progenitor, &spec.openapi_generator]
            .into_iter()
            .filter_map(|tool| tool.krate.as_ref())
            .map(|(dir, _)| dir.file_name().unwrap_or_default().to_string_lossy())
    });
    let manifest = scratch::workspace_manifest(Profiles::Cargo, "bench", members);
    std::fs::write(ws.join("Cargo.toml"), manifest)?;
    Ok(())
}

/// One timed `cargo <verb> -p package` after `cargo clean -p`, recorded in `slots` (wall times,
/// CPU times, the first error); nothing is run once the crate has failed.
fn time_cargo(
    cargo: &dyn Fn(&[&str]) -> Result<std::process::Output>,
    verb: &str,
    package: &str,
    slots: (&mut Vec<Duration>, &mut Vec<Duration>, &mut Option<String>),
) -> Result<()> {
    let (wall, cpu_times, failed) = slots;
    if failed.is_some() {
        return Ok(());
    }
    cargo(&["clean", "--quiet", "-p", package])?;
    let cpu = cpu_time();
    let started = Instant::now();
    let output = cargo(&[verb, "--quiet", "-p", package])?;
    let elapsed = started.elapsed();
    let cpu = cpu_time().children.saturating_sub(cpu.children);
    if output.status.success() {
        wall.push(elapsed);
        cpu_times.push(cpu);
    } else {
        *failed = Some(first_error(&String::from_utf8_lossy(&output.stderr)));
    }
    Ok(())
}

struct BenchResult {
    id: String,
    median: Duration,
}

/// A paired comparison printed by a bench (`paired <id> median=… q1=… q3=… ours_ns=… base_ns=…`):
/// rounds of calls on each side back to back, the median of the per-round ratios.
#[derive(Debug, PartialEq)]
struct Paired {
    id: String,
    median: f64,
    q1: f64,
    q3: f64,
    ours: Duration,
    base: Duration,
}

impl Paired {
    fn parse(line: &str) -> Option<Paired> {
        let mut words = line.strip_prefix("paired ")?.split_whitespace();
        let id = words.next()?.to_owned();
        let mut field = |name: &str| -> Option<f64> {
            words
                .next()?
                .strip_prefix(name)?
                .strip_prefix('=')?
                .parse()
                .ok()
        };
        Some(Paired {
            id,
            median: field("median")?,
            q1: field("q1")?,
            q3: field("q3")?,
            ours: Duration::from_nanos(field("ours_ns")? as u64),
            base: Duration::from_nanos(field("base_ns")? as u64),
        })
    }
}

#[derive(Default)]
struct Criterion {
    results: Vec<BenchResult>,
    paired: Vec<Paired>,
}

/// Runs every criterion bench of `cloudsdk-auth` and `cloudsdk-runtime` that exists and reads
/// back the medians it wrote.
fn run_criterion(root: &Path, bench_dir: &Path) -> Result<Criterion> {
    let home = bench_dir.join("criterion");
    let started = SystemTime::now();
    let mut paired = Vec::new();
    for (package, dir) in [("cloudsdk-auth", "auth"), ("cloudsdk-runtime", "runtime")] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join("benches")) else {
            eprintln!("bench: {package} has no benches/");
            continue;
        };
        let mut benches: Vec<String> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension() == Some(OsStr::new("rs")))
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect();
        benches.sort();
        for bench in benches {
            eprintln!("bench: cargo bench -p {package} --bench {bench}");
            let output = cargo()
                .args(["bench", "--quiet", "-p", package, "--bench", &bench])
                .current_dir(root)
                .env("CRITERION_HOME", &home)
                .stderr(Stdio::inherit())
                .output()
                .context("running cargo bench")?;
            paired.extend(
                String::from_utf8_lossy(&output.stdout)
                    .lines()
                    .filter_map(Paired::parse),
            );
            if !output.status.success() {
                eprintln!("bench: cargo bench -p {package} --bench {bench} failed");
            }
        }
    }
    let mut results = Vec::new();
    let mut stack = vec![home];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if !path.is_dir() {
                continue;
            }
            if path.file_name() != Some(OsStr::new("new")) {
                stack.push(path);
                continue;
            }
            let estimates = path.join("estimates.json");
            let fresh = std::fs::metadata(&estimates)
                .and_then(|m| m.modified())
                .is_ok_and(|m| m >= started);
            if !fresh {
                continue;
            }
            let read = |file: &str| -> Option<serde_json::Value> {
                serde_json::from_str(&std::fs::read_to_string(path.join(file)).ok()?).ok()
            };
            let (Some(estimates), Some(benchmark)) =
                (read("estimates.json"), read("benchmark.json"))
            else {
                continue;
            };
            let (Some(median), Some(id)) = (
                estimates
                    .pointer("/median/point_estimate")
                    .and_then(|v| v.as_f64()),
                benchmark.get("full_id").and_then(|v| v.as_str()),
            ) else {
                continue;
            };
            results.push(BenchResult {
                id: id.to_owned(),
                median: Duration::from_secs_f64(median / 1e9),
            });
        }
    }
    results.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(Criterion { results, paired })
}

/// Another generator, as the table compares with it.
struct Other {
    name: &'static str,
    installed: bool,
    tool: fn(&Spec) -> &Tool,
    generate_target: f64,
    check_target: f64,
}

fn print_table(
    specs: &[Spec],
    corpus: Option<&Corpus>,
    criterion: &Criterion,
    progenitor: bool,
    openapi_generator: bool,
    args: &Args,
) {
    let mut rows: Vec<[String; 6]> = Vec::new();
    let dash = || "—".to_owned();
    let others = [
        Other {
            name: "progenitor",
            installed: progenitor,
            tool: |s| &s.progenitor,
            generate_target: GENERATE_TARGET,
            check_target: CHECK_TARGET,
        },
        Other {
            name: "openapi-generator",
            installed: openapi_generator,
            tool: |s| &s.openapi_generator,
            generate_target: f64::NAN,
            check_target: f64::NAN,
        },
    ];
    for spec in specs {
        let ours = &spec.ours;
        let ours_cell = match (&ours.failed, median(&ours.generate)) {
            (Some(why), _) => format!("failed: {why}"),
            (None, Some(_)) => format!(
                "{} (read {} + model/emit {})",
                fmt_wall_cpu(&ours.generate, &ours.generate_cpu),
                fmt_duration(median(&spec.read).unwrap_or_default()),
                fmt_duration(median(&spec.emit).unwrap_or_default())
            ),
            (None, None) => dash(),
        };
        for other in &others {
            let (name, target) = (other.name, other.generate_target);
            let theirs = (other.tool)(spec);
            let (theirs_cell, ratio_cell, ratio) = compare(
                other.installed,
                theirs,
                (&ours.generate, &ours.generate_cpu),
                (&theirs.generate, &theirs.generate_cpu),
            );
            rows.push([
                format!("generate {} (vs {name})", spec.name),
                ours_cell.clone(),
                theirs_cell,
                ratio_cell,
                fmt_target(target),
                met(ratio, target),
            ]);
        }
    }
    if let Some(c) = corpus {
        let total = median(&c.times).unwrap_or_default();
        rows.push([
            format!(
                "generate all of ../shared/corpus ({} specs, {} failed, {} threads)",
                c.specs, c.failed, c.threads
            ),
            fmt_duration(total),
            dash(),
            dash(),
            format!("< {} s", CORPUS_TARGET.as_secs()),
            if total < CORPUS_TARGET { "yes" } else { "no" }.to_owned(),
        ]);
    }
    if args.compile {
        for spec in specs {
            compile_rows(&mut rows, spec, &others, &CHECK);
            if args.build {
                compile_rows(&mut rows, spec, &others, &BUILD);
            }
            let ours = &spec.ours;
            if let Some(tag) = &spec.tag {
                let full = (ours.check.as_slice(), ours.check_cpu.as_slice());
                rows.push(lean::tag_row(&spec.name, tag, full, TAG_TARGET));
            }
        }
    }
    for spec in specs {
        if let Some((ours, theirs)) = &spec.cold {
            rows.push(lean::cold_row(&spec.name, ours, theirs.as_ref()));
        }
    }
    for bench in &criterion.results {
        let (baseline, target) = criterion_baseline(bench, &criterion.results);
        let ratio = baseline.map(|b| bench.median.as_secs_f64() / b.median.as_secs_f64());
        let (target_cell, ok) = match target {
            Target::Ratio(t) => (fmt_target(t), met(ratio, t)),
            Target::Below(limit) => (
                format!("< {}", fmt_duration(limit)),
                if bench.median < limit { "yes" } else { "no" }.to_owned(),
            ),
            Target::None => (dash(), dash()),
        };
        rows.push([
            format!("criterion: {}", bench.id),
            fmt_duration(bench.median),
            baseline.map_or_else(dash, |b| format!("{} ({})", fmt_duration(b.median), b.id)),
            ratio.map_or_else(dash, |r| format!("{r:.2}")),
            target_cell,
            ok,
        ]);
    }
    for p in &criterion.paired {
        rows.push([
            format!("paired: {} (median of per-round ratios, quartiles)", p.id),
            format!("{}/call", fmt_duration(p.ours)),
            format!("{}/call (by hand)", fmt_duration(p.base)),
            format!("{:.3} ({:.3}–{:.3})", p.median, p.q1, p.q3),
            fmt_target(CALL_TARGET),
            met(Some(p.median), CALL_TARGET),
        ]);
    }
    if args.criterion && criterion.results.is_empty() {
        rows.push([
            "criterion".into(),
            "no results".into(),
            dash(),
            dash(),
            dash(),
            dash(),
        ]);
    }
    println!("\n| measurement | ours | theirs | ratio | target | met? |");
    println!("|---|---:|---:|---:|---:|---|");
    for row in rows {
        println!("| {} |", row.join(" | ").replace('\n', " "));
    }
    println!(
        "\nratio = ours ÷ theirs in wall time (lower is better; `met?` judges wall time), CPU time \
         (user + system, less disturbed by other load) beside it. Generation: ours in-process (generate + write), \
         theirs as a whole process. cargo check and cargo build (debug): one crate, dependencies \
         already built, CARGO_INCREMENTAL=0. progenitor: --interface {}{}.",
        args.progenitor_interface,
        if args.progenitor_interface == "builder" {
            " --tags separate"
        } else {
            ""
        }
    );
}

/// Wall times, CPU times and the first error of one kind of compile.
type Times<'a> = (&'a [Duration], &'a [Duration], &'a Option<String>);

/// A compile measurement as the table reads it from a [`Tool`].
struct Measured {
    /// The row's label before the spec's name.
    label: &'static str,
    /// Wall times, CPU times and the first error.
    of: for<'a> fn(&'a Tool) -> Times<'a>,
    /// Against progenitor (other generators have none).
    target: f64,
}

const CHECK: Measured = Measured {
    label: "cargo check",
    of: |t| (&t.check, &t.check_cpu, &t.check_failed),
    target: CHECK_TARGET,
};

const BUILD: Measured = Measured {
    label: "cargo build (debug)",
    of: |t| (&t.build, &t.build_cpu, &t.build_failed),
    target: BUILD_TARGET,
};

/// One row per other generator: our crate's compile time beside theirs.
fn compile_rows(rows: &mut Vec<[String; 6]>, spec: &Spec, others: &[Other], m: &Measured) {
    let (wall, cpu, failed) = (m.of)(&spec.ours);
    let ours_cell = match (failed, median(wall)) {
        (Some(why), _) => format!("does not compile: {why}"),
        (None, Some(_)) => format!("{}, {} lines", fmt_wall_cpu(wall, cpu), spec.ours.lines),
        (None, None) => "—".to_owned(),
    };
    for other in others {
        let target = if other.check_target.is_nan() {
            f64::NAN
        } else {
            m.target
        };
        let theirs = (other.tool)(spec);
        let (their_wall, their_cpu, their_failed) = (m.of)(theirs);
        let (mut theirs_cell, ratio_cell, ratio) = compare(
            other.installed,
            theirs,
            (wall, cpu),
            (their_wall, their_cpu),
        );
        if let Some(why) = their_failed {
            theirs_cell = format!("does not compile: {why}");
        } else if !their_wall.is_empty() {
            let _ = write!(theirs_cell, ", {} lines", theirs.lines);
        }
        rows.push([
            format!("{} {} (vs {})", m.label, spec.name, other.name),
            ours_cell.clone(),
            theirs_cell,
            ratio_cell,
            fmt_target(target),
            met(ratio, target),
        ]);
    }
}

/// Wall and CPU time, both medians: `1.20 s (cpu 0.90 s)`.
fn fmt_wall_cpu(wall: &[Duration], cpu: &[Duration]) -> String {
    match (median(wall), median(cpu)) {
        (Some(w), Some(c)) => format!("{} (cpu {})", fmt_duration(w), fmt_duration(c)),
        (Some(w), None) => fmt_duration(w),
        (None, _) => "—".into(),
    }
}

/// For another generator: its cell, the ratio cell and the wall-time ratio ours ÷ theirs.
fn compare(
    installed: bool,
    theirs: &Tool,
    ours: (&[Duration], &[Duration]),
    times: (&[Duration], &[Duration]),
) -> (String, String, Option<f64>) {
    let dash = || "—".to_owned();
    if !installed {
        return ("not installed".into(), dash(), None);
    }
    if let Some(why) = &theirs.failed {
        return (format!("failed: {why}"), dash(), None);
    }
    let cell = fmt_wall_cpu(times.0, times.1);
    let ratio = |o: &[Duration], t: &[Duration]| match (median(o), median(t)) {
        (Some(o), Some(t)) if !t.is_zero() => Some(o.as_secs_f64() / t.as_secs_f64()),
        _ => None,
    };
    let wall = ratio(ours.0, times.0);
    let ratio_cell = match (wall, ratio(ours.1, times.1)) {
        (Some(w), Some(c)) => format!("{w:.2} (cpu {c:.2})"),
        (Some(w), None) => format!("{w:.2}"),
        (None, _) => dash(),
    };
    (cell, ratio_cell, wall)
}

enum Target {
    Ratio(f64),
    Below(Duration),
    None,
}

/// What a criterion bench is compared with, and its target: in a group, a function named like
/// `reqwest_by_hand` is the baseline of the others (the generated call's 5% budget); `X (ours)`
/// is compared with `X (anything else)`; signing and cached-token lookups have absolute budgets.
fn criterion_baseline<'a>(
    bench: &BenchResult,
    all: &'a [BenchResult],
) -> (Option<&'a BenchResult>, Target) {
    let by_hand = |id: &str| {
        let f = id.rsplit('/').next().unwrap_or(id).to_ascii_lowercase();
        f.contains("hand") || f.starts_with("reqwest")
    };
    if let Some((group, _)) = bench.id.rsplit_once('/') {
        if !by_hand(&bench.id) {
            if let Some(base) = all
                .iter()
                .find(|b| b.id.rsplit_once('/').is_some_and(|(g, _)| g == group) && by_hand(&b.id))
            {
                return (Some(base), Target::Ratio(CALL_TARGET));
            }
        }
    }
    let absolute = if bench.id.contains("HMAC-SHA512") && bench.id.contains("(ours)") {
        Target::Below(Duration::from_micros(5))
    } else if bench.id.contains("cached lookup") {
        Target::Below(Duration::from_micros(1))
    } else {
        Target::None
    };
    if let Some(stem) = bench.id.strip_suffix(" (ours)") {
        if let Some(base) = all
            .iter()
            .find(|b| b.id != bench.id && b.id.starts_with(&format!("{stem} (")))
        {
            return (Some(base), absolute);
        }
    }
    (None, absolute)
}

fn fmt_target(target: f64) -> String {
    if target.is_nan() {
        "—".into()
    } else {
        format!("≤ {target:.2}")
    }
}

fn met(ratio: Option<f64>, target: f64) -> String {
    match ratio {
        _ if target.is_nan() => "—".into(),
        Some(r) if r <= target => "yes".into(),
        Some(_) => "no".into(),
        None => "—".into(),
    }
}

fn median(times: &[Duration]) -> Option<Duration> {
    let mut sorted = times.to_vec();
    sorted.sort();
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[n / 2]),
        n => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2),
    }
}

fn fmt_duration(d: Duration) -> String {
    let nanos = d.as_secs_f64() * 1e9;
    if nanos < 1e3 {
        format!("{nanos:.0} ns")
    } else if nanos < 1e6 {
        format!("{:.2} µs", nanos / 1e3)
    } else if nanos < 1e9 {
        format!("{:.0} ms", nanos / 1e6)
    } else {
        format!("{:.2} s", nanos / 1e9)
    }
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}

fn remove_dir(dir: &Path) -> Result<()> {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("removing {}", dir.display()))
        }
        _ => Ok(()),
    }
}

/// Lines of every `.rs` file under `dir`.
fn rust_lines(dir: &Path) -> usize {
    let mut lines = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                stack.push(path);
            } else if path.extension() == Some(OsStr::new("rs")) {
                lines += std::fs::read_to_string(&path).map_or(0, |t| t.lines().count());
            }
        }
    }
    lines
}

/// The `[package] name` of the crate in `dir`.
fn package_name(dir: &Path) -> Result<String> {
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml"))
        .with_context(|| format!("{} has no Cargo.toml", dir.display()))?;
    let mut in_package = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package {
            if let Some(value) = line.strip_prefix("name") {
                let value = value.trim_start().trim_start_matches('=').trim();
                return Ok(value.trim_matches('"').to_owned());
            }
        }
    }
    bail!("no package name in {}/Cargo.toml", dir.display())
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().replace('|', "\\|")
}

/// The first line that looks like an error (for a panic, its message), else the first
/// non-empty line; shortened.
fn first_error(text: &str) -> String {
    let mut lines = text.lines();
    let mut found = None;
    while let Some(line) = lines.next() {
        if line.contains("panicked at") {
            found = Some(format!("panic: {}", lines.next().unwrap_or(line)));
            break;
        }
        if line.contains("error") || line.contains("Exception") {
            found = Some(line.to_owned());
            break;
        }
    }
    let line = found
        .or_else(|| {
            text.lines()
                .find(|l| !l.trim().is_empty())
                .map(str::to_owned)
        })
        .unwrap_or_default();
    let mut short: String = line.trim().chars().take(100).collect();
    if line.trim().chars().count() > 100 {
        short.push('…');
    }
    short.replace('|', "\\|")
}

struct CpuTime {
    /// This process, all threads.
    own: Duration,
    /// Children waited for.
    children: Duration,
}

/// User + system CPU time from `/proc/self/stat` (zero where there is no procfs). A CPU time is
/// less disturbed than wall time by other work on a shared machine.
fn cpu_time() -> CpuTime {
    // Clock ticks; USER_HZ is 100 on Linux.
    let ticks = |t: u64| Duration::from_millis(t * 10);
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in parentheses: state is field 3, utime 14,
    // stime 15, cutime 16, cstime 17.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<u64> = rest
        .split_whitespace()
        .map(|f| f.parse().unwrap_or(0))
        .collect();
    let field = |n: usize| fields.get(n - 3).copied().unwrap_or(0);
    CpuTime {
        own: ticks(field(14) + field(15)),
        children: ticks(field(16) + field(17)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(id: &str, nanos: u64) -> BenchResult {
        BenchResult {
            id: id.into(),
            median: Duration::from_nanos(nanos),
        }
    }

    #[test]
    fn paired_lines_are_read_back() {
        let line = "paired get_json median=0.996 q1=0.956 q3=1.087 ours_ns=86074 base_ns=85585";
        assert_eq!(
            Paired::parse(line),
            Some(Paired {
                id: "get_json".into(),
                median: 0.996,
                q1: 0.956,
                q3: 1.087,
                ours: Duration::from_nanos(86074),
                base: Duration::from_nanos(85585),
            })
        );
        assert_eq!(Paired::parse("get_json/paired: runtime 86µs/call"), None);
        assert_eq!(Paired::parse("paired get_json median=x"), None);
        assert_eq!(Paired::parse("paired get_json q1=1 median=1"), None);
    }

    #[test]
    fn medians() {
        let ms = Duration::from_millis;
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[ms(3), ms(1), ms(2)]), Some(ms(2)));
        assert_eq!(
            median(&[ms(4), ms(1), ms(2), ms(3)]),
            Some(Duration::from_micros(2500))
        );
    }

    #[test]
    fn durations_print_in_a_readable_unit() {
        assert_eq!(fmt_duration(Duration::from_nanos(420)), "420 ns");
        assert_eq!(fmt_duration(Duration::from_nanos(2_345)), "2.35 µs");
        assert_eq!(fmt_duration(Duration::from_millis(161)), "161 ms");
        assert_eq!(fmt_duration(Duration::from_millis(4_800)), "4.80 s");
    }

    #[test]
    fn criterion_benches_find_their_baselines() {
        let all = [
            result("get_json/runtime", 1_050),
            result("get_json/reqwest_by_hand", 1_000),
            result("oauth1 HMAC-SHA1 sign (ours)", 2_000),
            result("oauth1 HMAC-SHA1 sign (oauth1-request)", 3_000),
            result("oauth1 HMAC-SHA512 sign (ours)", 2_500),
            result("token cached lookup", 30),
        ];
        let (base, target) = criterion_baseline(&all[0], &all);
        assert_eq!(
            base.map(|b| b.id.as_str()),
            Some("get_json/reqwest_by_hand")
        );
        assert!(matches!(target, Target::Ratio(r) if r == CALL_TARGET));
        assert!(criterion_baseline(&all[1], &all).0.is_none());
        let (base, _) = criterion_baseline(&all[2], &all);
        assert_eq!(
            base.map(|b| b.id.as_str()),
            Some("oauth1 HMAC-SHA1 sign (oauth1-request)")
        );
        assert!(matches!(
            criterion_baseline(&all[4], &all).1,
            Target::Below(_)
        ));
        assert!(matches!(
            criterion_baseline(&all[5], &all).1,
            Target::Below(_)
        ));
    }

    #[test]
    fn errors_are_one_short_line() {
        let panic = "\nthread 'main' panicked at src/method.rs:1:2:\nnot yet implemented: x | y\nstack backtrace:";
        assert_eq!(first_error(panic), "panic: not yet implemented: x \\| y");
        assert_eq!(
            first_error("warning: a\nerror[E0425]: b\n"),
            "error[E0425]: b"
        );
    }

    #[test]
    fn package_names_come_from_the_manifest() {
        let dir = std::env::temp_dir().join(format!("xtask-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("Cargo.toml"),
            "[package]\nname = \"oag-oxide\"\nversion = \"1.0.0\"\n\n[dependencies]\nname = \"x\"\n",
        )
        .unwrap();
        assert_eq!(package_name(&dir).unwrap(), "oag-oxide");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
