//! Prism: installing it, running `prism mock` on 127.0.0.1 for a spec, and running a contract
//! program against it with a time limit.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// The Prism release line the contract runs against.
const PRISM_PACKAGE: &str = "@stoplight/prism-cli@5";
/// How long Prism may take to load a spec and listen.
const PRISM_START_TIMEOUT: Duration = Duration::from_secs(120);
/// How long one contract program may run.
const RUN_TIMEOUT: Duration = Duration::from_secs(300);

/// Installs Prism under `target/tools/prism` unless it is there; returns the executable.
pub(super) fn install_prism(root: &Path) -> Result<PathBuf> {
    let prefix = root.join("target/tools/prism");
    let bin = prefix.join("node_modules/.bin/prism");
    if bin.is_file() {
        return Ok(bin);
    }
    println!("installing {PRISM_PACKAGE} into {}", prefix.display());
    std::fs::create_dir_all(&prefix)?;
    let status = Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg(&prefix)
        .arg(PRISM_PACKAGE)
        .status()
        .context("running npm (Node.js 18 or later is needed for the contract run)")?;
    if !status.success() || !bin.is_file() {
        bail!("npm could not install {PRISM_PACKAGE}");
    }
    Ok(bin)
}

/// A running `prism mock`; killed when dropped.
pub(super) struct Prism {
    name: String,
    child: Option<Child>,
    port: u16,
    log: PathBuf,
    started: Instant,
}

impl Prism {
    pub(super) fn start(
        bin: &Path,
        name: &str,
        spec: &Path,
        scratch: &Path,
        dynamic: bool,
    ) -> Result<Self> {
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?
            .local_addr()?
            .port();
        let log = scratch.join(format!("{name}.prism.log"));
        let file = std::fs::File::create(&log)?;
        let mut cmd = Command::new(bin);
        cmd.arg("mock")
            .arg(spec)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--errors", "--verboseLevel", "warn"])
            .stdin(Stdio::null())
            .stdout(file.try_clone()?)
            .stderr(file);
        if dynamic {
            cmd.args(["--dynamic", "--seed", "contract"]);
        }
        let child = cmd
            .spawn()
            .with_context(|| format!("starting {}", bin.display()))?;
        Ok(Prism {
            name: name.to_owned(),
            child: Some(child),
            port,
            log,
            started: Instant::now(),
        })
    }

    pub(super) fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub(super) fn wait_ready(&mut self) -> Result<()> {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        loop {
            if let Some(child) = self.child.as_mut() {
                if let Some(status) = child.try_wait()? {
                    let log = std::fs::read_to_string(&self.log).unwrap_or_default();
                    bail!(
                        "prism for {} exited ({status}) before listening:\n{log}",
                        self.name
                    );
                }
            }
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                println!(
                    "prism for {} listening on {} after {:.1} s",
                    self.name,
                    self.url(),
                    self.started.elapsed().as_secs_f64()
                );
                return Ok(());
            }
            if self.started.elapsed() > PRISM_START_TIMEOUT {
                bail!(
                    "prism for {} did not listen within {} s; see {}",
                    self.name,
                    PRISM_START_TIMEOUT.as_secs(),
                    self.log.display()
                );
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Security schemes Prism does not implement, from its log, with how many requests it let
    /// through unchecked (Prism reports them as warnings and accepts the request).
    pub(super) fn unsupported_security(&self) -> Vec<String> {
        const MARK: &str = "do not support this type of security scheme: ";
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for line in log.lines() {
            if let Some((_, scheme)) = line.split_once(MARK) {
                *counts.entry(scheme.trim().to_owned()).or_default() += 1;
            }
        }
        counts
            .into_iter()
            .map(|(scheme, n)| {
                format!(
                    "Prism does not implement the `{scheme}` security scheme ({n} warnings in its log): requests using it were accepted without checking their credentials"
                )
            })
            .collect()
    }

    /// Whether Prism exited on its own (it crashes on some specs: an invalid media type), with
    /// the error line of its log.
    pub(super) fn crashed(&mut self) -> Option<String> {
        let child = self.child.as_mut()?;
        let status = child.try_wait().ok()??;
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let error = log
            .lines()
            .find(|l| l.contains("Error:"))
            .unwrap_or("no error in its log")
            .trim()
            .to_owned();
        Some(format!("Prism crashed ({status}): {error}"))
    }

    pub(super) fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        self.stop();
    }
}

/// What a contract program printed, and why it stopped early when it did.
pub(super) struct ProgramRun {
    pub(super) stdout: String,
    /// `timed out after 300 s`, `exited with …`; `None` when it finished.
    pub(super) stopped: Option<String>,
}

/// Runs a contract program with a hard timeout, making the calls `only` names (one id a line;
/// `None`: every call); what it printed before a timeout is kept.
pub(super) fn run_program(binary: &Path, url: &str, only: Option<&str>) -> Result<ProgramRun> {
    let mut cmd = Command::new(binary);
    if let Some(ids) = only {
        cmd.env("CONTRACT_ONLY", ids);
    }
    let mut child = cmd
        .env("CONTRACT_BASE_URL", url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("running {}", binary.display()))?;
    let mut stdout = child.stdout.take().context("no stdout")?;
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        let _ = stdout.read_to_string(&mut out);
        out
    });
    let started = Instant::now();
    let status: Option<ExitStatus> = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if started.elapsed() > RUN_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stdout = reader
        .join()
        .map_err(|_| anyhow::anyhow!("reading the program's output failed"))?;
    let stopped = match status {
        None => Some(format!("timed out after {} s", RUN_TIMEOUT.as_secs())),
        Some(s) if !s.success() => Some(format!("exited with {s}")),
        Some(_) => None,
    };
    Ok(ProgramRun { stdout, stopped })
}
