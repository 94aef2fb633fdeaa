//! `cargo xtask outside`: a program outside the workspace depends on a generated crate by
//! version, as a user's would, and calls a loopback server with it.
//!
//! The generated crate, the runtime, auth and the mock crate (an optional dependency of every
//! generated crate, which Cargo resolves even when off) are packaged (`cargo package
//! --no-verify`) and unpacked into a temporary folder; the program's `Cargo.toml` asks for `civo = "0.1"` and a
//! `[patch.crates-io]` points those names at the unpacked packages, so what is built is what
//! would be published, resolved by version requirements alone. It builds offline into the
//! workspace's `target/` (dependencies already built are reused), then runs against a server on
//! 127.0.0.1 that checks the request and stops by itself.

use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use serde_json::Value;

/// The generated crate the program uses, and the crates it needs from this workspace.
const CLIENT: &str = "civo";
const OURS: [&str; 4] = ["cloudsdk-auth", "cloudsdk-mock", "cloudsdk-runtime", CLIENT];
/// The token the program reads from the environment, and the server expects.
const TOKEN: &str = "outside-token";

const MAIN_RS: &str = r#"//! Outside the cloudsdk workspace: lists Civo's regions through the generated crate.

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), civo::Error> {
    // CIVO_TOKEN and CIVO_BASE_URL, as the crate's README says.
    let client = civo::Client::from_env()?;
    let regions = client.regions().list().send().await?;
    for region in &regions {
        println!("region {} {}", region.code, region.name);
    }
    Ok(())
}
"#;

/// A region list as Civo answers it.
const REGIONS: &str = r#"[{"code":"lon1","name":"London 1","country":"GB","default":true}]"#;

pub(crate) fn run(root: &Path, args: &[String]) -> Result<bool> {
    let keep = match args {
        [] => false,
        [flag] if flag == "--keep" => true,
        _ => bail!("unexpected arguments {args:?}; usage: cargo xtask outside [--keep]"),
    };
    let versions = versions(root)?;
    package(root)?;
    let dir = scratch_dir(root);
    let result = build_and_call(root, &dir, &versions);
    if keep {
        eprintln!("outside: kept {}", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
    result
}

/// A folder in the system's temporary folder, the same for every run from this checkout (so its
/// builds in `target/` are replaced rather than piling up) and another for other checkouts.
fn scratch_dir(root: &Path) -> PathBuf {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    root.hash(&mut hasher);
    std::env::temp_dir().join(format!("cloudsdk-outside-{:016x}", hasher.finish()))
}

fn build_and_call(root: &Path, dir: &Path, versions: &[(String, String)]) -> Result<bool> {
    let registry = dir.join("packages");
    if registry.exists() {
        std::fs::remove_dir_all(&registry)?;
    }
    std::fs::create_dir_all(&registry)?;
    for (name, version) in versions {
        unpack(root, &registry, name, version)?;
    }
    let app = dir.join("app");
    write_app(root, &app, &registry, versions)?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--offline", "--quiet", "--manifest-path"])
        .arg(app.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", root.join("target"))
        .status()
        .context("running cargo build")?;
    if !status.success() {
        eprintln!("outside: the program depending on {CLIENT} by version does not build");
        return Ok(false);
    }
    call(&root.join("target/debug/cloudsdk-outside"))
}

/// The version of each of [`OURS`], from `cargo metadata`.
fn versions(root: &Path) -> Result<Vec<(String, String)>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "metadata",
            "--no-deps",
            "--offline",
            "--format-version",
            "1",
        ])
        .current_dir(root)
        .output()
        .context("running cargo metadata")?;
    if !output.status.success() {
        bail!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let metadata: Value = serde_json::from_slice(&output.stdout).context("cargo metadata")?;
    let packages = metadata["packages"].as_array().context("no packages")?;
    OURS.iter()
        .map(|name| {
            let version = packages
                .iter()
                .find(|p| p["name"] == *name)
                .and_then(|p| p["version"].as_str())
                .with_context(|| format!("{name} is not a workspace member"))?;
            Ok(((*name).to_owned(), version.to_owned()))
        })
        .collect()
}

/// `cargo package` of [`OURS`] without the verification build (CI's `cargo package
/// --workspace` verifies); `--allow-dirty` since this checks the working tree as it is.
fn package(root: &Path) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["package", "--no-verify", "--allow-dirty", "--quiet"])
        .current_dir(root);
    for name in OURS {
        cmd.args(["-p", name]);
    }
    if !cmd.status().context("running cargo package")?.success() {
        bail!("cargo package failed");
    }
    Ok(())
}

/// Unpacks `target/package/<name>-<version>.crate` into `registry`. The files get the current
/// time (`-m`): a package's files all carry one fixed time, which would let Cargo take changed
/// sources for the ones it built before.
fn unpack(root: &Path, registry: &Path, name: &str, version: &str) -> Result<()> {
    let file = root.join(format!("target/package/{name}-{version}.crate"));
    let status = Command::new("tar")
        .arg("-xmzf")
        .arg(&file)
        .arg("-C")
        .arg(registry)
        .status()
        .context("running tar")?;
    if !status.success() {
        bail!("could not unpack {}", file.display());
    }
    Ok(())
}

/// The program: a `Cargo.toml` asking for the client by version, patched to the unpacked
/// packages, with the workspace's profiles and lock file (same dependency versions).
fn write_app(
    root: &Path,
    app: &Path,
    registry: &Path,
    versions: &[(String, String)],
) -> Result<()> {
    std::fs::create_dir_all(app.join("src"))?;
    let mut patch = String::new();
    let mut requirement = String::new();
    for (name, version) in versions {
        let path = registry.join(format!("{name}-{version}"));
        patch.push_str(&format!("{name} = {{ path = {} }}\n", toml_path(&path)?));
        if name == CLIENT {
            requirement = caret(version);
        }
    }
    let manifest = format!(
        "[package]\nname = \"cloudsdk-outside\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\n\n[dependencies]\n{CLIENT} = {requirement:?}\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n\n\
         [patch.crates-io]\n{patch}\n[workspace]\n{}",
        crate::dev_profile(root)
    );
    std::fs::write(app.join("Cargo.toml"), manifest)?;
    std::fs::write(app.join("src/main.rs"), MAIN_RS)?;
    crate::seed_lock_file(root, app)
}

/// `path` as a TOML basic string; a path TOML cannot hold plainly is refused.
fn toml_path(path: &Path) -> Result<String> {
    let text = path
        .to_str()
        .filter(|t| !t.chars().any(char::is_control))
        .with_context(|| format!("{} cannot be written into Cargo.toml", path.display()))?;
    Ok(format!(
        "\"{}\"",
        text.replace('\\', "\\\\").replace('"', "\\\"")
    ))
}

/// The requirement a user writes for `version`: `0.1` for 0.1.x, `2` for 2.x.
fn caret(version: &str) -> String {
    let mut parts = version.split('.');
    match (parts.next(), parts.next()) {
        (Some("0"), Some(minor)) => format!("0.{minor}"),
        (Some(major), _) => major.to_owned(),
        (None, _) => version.to_owned(),
    }
}

/// Runs the program against a one-request server on 127.0.0.1; true when the server saw the
/// request it expected and the program printed the answer.
fn call(program: &Path) -> Result<bool> {
    let listener = TcpListener::bind("127.0.0.1:0").context("binding 127.0.0.1")?;
    let url = format!("http://{}", listener.local_addr()?);
    let server = std::thread::spawn(move || serve_once(&listener, Duration::from_secs(60)));
    let output = Command::new(program)
        .env("CIVO_TOKEN", TOKEN)
        .env("CIVO_BASE_URL", &url)
        .output()
        .with_context(|| format!("running {}", program.display()))?;
    let seen = server
        .join()
        .map_err(|_| anyhow::anyhow!("the server thread panicked"))??;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let expected = ["GET /v2/regions HTTP/1.1", &format!("Bearer {TOKEN}")];
    let ok = output.status.success()
        && stdout.contains("region lon1 London 1")
        && expected.iter().all(|e| seen.contains(e));
    if ok {
        println!(
            "outside: a crate outside the workspace built against {CLIENT} by version and called it"
        );
    } else {
        eprintln!(
            "outside: the program failed ({}):\n{stdout}{}\nthe server saw:\n{seen}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(ok)
}

/// Answers one request with [`REGIONS`] and returns its head; gives up after `wait`.
fn serve_once(listener: &TcpListener, wait: Duration) -> Result<String> {
    listener.set_nonblocking(true)?;
    let deadline = Instant::now() + wait;
    let stream = loop {
        match listener.accept() {
            Ok((stream, _)) => break stream,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                if Instant::now() > deadline {
                    return Ok("(no request)".into());
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => return Err(e.into()),
        }
    };
    answer(stream)
}

fn answer(mut stream: TcpStream) -> Result<String> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut head = String::new();
    let mut reader = BufReader::new(stream.try_clone()?);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let reply = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n{REGIONS}",
        REGIONS.len()
    );
    stream.write_all(reply.as_bytes())?;
    Ok(head)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{caret, toml_path};

    #[test]
    fn paths_are_toml_strings() {
        assert_eq!(
            toml_path(Path::new(r#"/t/a"b\c"#)).unwrap(),
            r#""/t/a\"b\\c""#
        );
        assert!(toml_path(Path::new("/t/a\nb")).is_err());
    }

    #[test]
    fn requirements_are_what_a_user_writes() {
        assert_eq!(caret("0.1.0"), "0.1");
        assert_eq!(caret("0.12.3"), "0.12");
        assert_eq!(caret("2.0.1"), "2");
    }
}
