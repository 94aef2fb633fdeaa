//! `cargo xtask contract [NAME…]`: every operation of every generated crate, called once against
//! an independent mock server (Prism) started from the provider's spec, which validates each
//! request against the spec.
//!
//! For each spec the task writes a throwaway program (`target/contract/<name>/`) that calls every
//! operation of `generated/<name>` with arguments synthesized from the operation's schemas, starts
//! `prism mock` on 127.0.0.1, runs the program against it and classifies every call:
//!
//! - `OK`: a 2xx whose body decoded into the generated type;
//! - `REJECTED`: Prism refused the request (its `sl-violations` header lists request violations,
//!   or it answered with one of its own problem+json errors: no route, bad security, …);
//! - `DECODE`: a 2xx our client could not decode;
//! - `MOCK`: Prism's own response violates the spec (a spec whose example does not match its
//!   schema; reported with `--errors`);
//! - `ARGS`: the synthesized arguments do not deserialize into the generated types;
//! - `OTHER`: anything else.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Read as _;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::model::{
    Api, AuthKind, Body, BodyKind, CallKind, Operation, Param, ParamLocation, TypeRef,
};
use cloudsdk_codegen::{Modelled, Options, read_model};
use serde_json::{Map, Value, json};

/// The Prism release line the contract runs against.
const PRISM_PACKAGE: &str = "@stoplight/prism-cli@5";
/// How long Prism may take to load a spec and listen.
const PRISM_START_TIMEOUT: Duration = Duration::from_secs(120);
/// How long one contract program may run.
const RUN_TIMEOUT: Duration = Duration::from_secs(300);

/// Operations whose response Prism cannot produce or check, with the reason: (spec,
/// operationId, why). They are still called and their request must validate (Prism validates a
/// request before it builds a response); Prism's own errors after validation and violations in
/// its response are reported as `UNCHECKED` instead of failing the run.
const RESPONSE_UNCHECKED: &[(&str, &str, &str)] = &[
    (
        "clever-cloud",
        "getBlogFeed",
        "the spec's response media type is `*/*`; Prism matches no Accept header against it (406)",
    ),
    (
        "clever-cloud",
        "getEngineeringFeed",
        "the spec's response media type is `*/*`; Prism matches no Accept header against it (406)",
    ),
    (
        "clever-cloud",
        "createAccessToken",
        "form-encoded response: Prism validates its own generated object against a string (\"Target is not a string\")",
    ),
    (
        "clever-cloud",
        "createRequestToken",
        "form-encoded response: Prism validates its own generated object against a string (\"Target is not a string\")",
    ),
    (
        "clever-cloud",
        "createAccessTokenFromQuery",
        "form-encoded response: Prism validates its own generated object against a string (\"Target is not a string\")",
    ),
    (
        "clever-cloud",
        "createRequestTokenFromQuery",
        "form-encoded response: Prism validates its own generated object against a string (\"Target is not a string\")",
    ),
    (
        "clever-cloud",
        "streamApplicationAccessLogs",
        "text/event-stream of objects: Prism cannot serialise an object as text (NO_COMPLEX_OBJECT_TEXT)",
    ),
    (
        "clever-cloud",
        "streamApplicationLogsV4",
        "text/event-stream of objects: Prism cannot serialise an object as text (NO_COMPLEX_OBJECT_TEXT)",
    ),
    (
        "clever-cloud",
        "streamNetworkGroupPeerWireguardConfig",
        "text/event-stream of objects: Prism cannot serialise an object as text (NO_COMPLEX_OBJECT_TEXT)",
    ),
    (
        "clever-cloud",
        "streamNetworkGroup",
        "text/event-stream of objects: Prism cannot serialise an object as text (NO_COMPLEX_OBJECT_TEXT)",
    ),
];

pub fn run(root: &Path, args: &[String]) -> Result<bool> {
    let mut names = Vec::new();
    let mut dynamic = false;
    for arg in args {
        match arg.as_str() {
            "--dynamic" => dynamic = true,
            other if other.starts_with("--") => bail!("unknown option `{other}`"),
            other => names.push(other.to_owned()),
        }
    }
    let mut specs = crate::discover(&root.join("specs"))?;
    if !names.is_empty() {
        for n in &names {
            if !specs.iter().any(|(name, _)| name == n) {
                bail!("no spec named `{n}` under specs/");
            }
        }
        specs.retain(|(name, _)| names.contains(name));
    }
    let started = Instant::now();
    let prism = install_prism(root)?;

    // 1. One program per spec, in one scratch workspace.
    let scratch = root.join("target/contract");
    std::fs::create_dir_all(&scratch)?;
    let mut plans = Vec::new();
    for (name, path) in &specs {
        let plan = plan(name, path)?;
        write_program(root, &scratch, &plan)?;
        plans.push(plan);
    }
    write_workspace(root, &scratch, &plans)?;

    // 2. Start every mock server while the programs compile.
    let mut servers = Vec::new();
    for (name, path) in &specs {
        servers.push(Prism::start(&prism, name, path, &scratch, dynamic)?);
    }
    let build_started = Instant::now();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--workspace", "--quiet"])
        .current_dir(&scratch)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .status()
        .context("running cargo build for the contract programs")?;
    if !status.success() {
        bail!("the contract programs do not compile (see above)");
    }
    println!(
        "contract programs built in {:.1} s",
        build_started.elapsed().as_secs_f64()
    );

    // 3. Run each program against its server.
    let mut all_ok = true;
    let mut summary = Vec::new();
    for (plan, server) in plans.iter().zip(servers.iter_mut()) {
        server.wait_ready()?;
        let binary = root.join("target/debug").join(format!(
            "contract-{}{}",
            plan.name,
            std::env::consts::EXE_SUFFIX
        ));
        let run_started = Instant::now();
        let output = run_program(&binary, &server.url())?;
        let secs = run_started.elapsed().as_secs_f64();
        server.stop();
        let (mut rows, ok) = report(plan, &output, secs);
        rows.notes = server.unsupported_security();
        all_ok &= ok;
        summary.push(rows);
        server.stop();
    }
    println!("\n## Summary\n");
    println!(
        "| spec | operations | called | OK | UNCHECKED | REJECTED | DECODE | MOCK | PRISM | ARGS | OTHER | skipped |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for s in &summary {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            s.name,
            s.operations,
            s.called,
            s.count("OK"),
            s.count("UNCHECKED"),
            s.count("REJECTED"),
            s.count("DECODE"),
            s.count("MOCK"),
            s.count("PRISM"),
            s.count("ARGS"),
            s.count("OTHER") + s.count("MISSING"),
            s.skipped,
        );
    }
    for s in &summary {
        for note in &s.notes {
            println!("note: {}: {note}", s.name);
        }
    }
    println!(
        "\ncontract run took {:.1} s; {}",
        started.elapsed().as_secs_f64(),
        if all_ok { "passed" } else { "FAILED" }
    );
    Ok(all_ok)
}

// ---------------------------------------------------------------------------------------------
// Prism

/// Installs Prism under `target/tools/prism` unless it is there; returns the executable.
fn install_prism(root: &Path) -> Result<PathBuf> {
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
struct Prism {
    name: String,
    child: Option<Child>,
    port: u16,
    log: PathBuf,
    started: Instant,
}

impl Prism {
    fn start(bin: &Path, name: &str, spec: &Path, scratch: &Path, dynamic: bool) -> Result<Self> {
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

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn wait_ready(&mut self) -> Result<()> {
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
    fn unsupported_security(&self) -> Vec<String> {
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

    fn stop(&mut self) {
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

/// Runs a contract program with a hard timeout; returns its standard output.
fn run_program(binary: &Path, url: &str) -> Result<String> {
    let mut child = Command::new(binary)
        .env("CONTRACT_BASE_URL", url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .with_context(|| format!("running {}", binary.display()))?;
    let mut stdout = child.stdout.take().context("no stdout")?;
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        let _ = stdout.read_to_string(&mut out);
        out
    });
    let started = Instant::now();
    let status: ExitStatus = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > RUN_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            bail!(
                "{} did not finish within {} s",
                binary.display(),
                RUN_TIMEOUT.as_secs()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = reader
        .join()
        .map_err(|_| anyhow::anyhow!("reading the program's output failed"))?;
    if !status.success() {
        eprintln!("{} exited with {status}", binary.display());
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Planning: what to call, with which values

struct Plan {
    name: String,
    api: Api,
    calls: Vec<Call>,
    /// Operations not called: websocket streams (Prism mocks HTTP only).
    skipped: Vec<String>,
    /// The security scheme each client (`client_0`, …) authenticates with (`None`: the first).
    clients: Vec<Option<String>>,
}

struct Call {
    id: String,
    /// `client.group().method(args…).setters…`, without `.send()`.
    expr: String,
    method: String,
    path: String,
    /// Index of the client (authentication) it is sent with.
    client: usize,
    /// Why the response is not checked, when it is not.
    unchecked: Option<&'static str>,
}

fn plan(name: &str, path: &Path) -> Result<Plan> {
    let options = Options::new(name, Dependencies::Workspace);
    let Modelled { api, spec, .. } =
        read_model(path, &options).map_err(|d| anyhow::anyhow!("{}: {d}", path.display()))?;
    let raw = &spec.raw;
    let mut skipped = Vec::new();
    let mut calls = Vec::new();
    let mut clients = Vec::new();
    for op in &api.operations {
        let method = op.method.as_str();
        if let CallKind::WebSocket(_) = op.kind {
            skipped.push(format!("{} ({method} {}: websocket)", op.id, op.path));
            continue;
        }
        let unchecked = RESPONSE_UNCHECKED
            .iter()
            .find(|(spec, id, _)| *spec == name && *id == op.id)
            .map(|(_, _, why)| *why);
        let scheme = op.scheme.clone();
        let client = match clients.iter().position(|c| *c == scheme) {
            Some(i) => i,
            None => {
                clients.push(scheme);
                clients.len() - 1
            }
        };
        calls.push(Call {
            id: op.id.clone(),
            expr: call_expr(raw, &api, op),
            client,
            method: method.to_owned(),
            path: op.path.clone(),
            unchecked,
        });
    }
    Ok(Plan {
        name: name.to_owned(),
        api,
        calls,
        skipped,
        clients,
    })
}

/// Follows local `$ref`s.
fn resolve<'a>(raw: &'a Value, mut v: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) if r.starts_with('#') => match raw.pointer(&r[1..]) {
                Some(target) => v = target,
                None => return v,
            },
            _ => return v,
        }
    }
    v
}

/// A value for a parameter: its example, else one sampled from its schema (the model says where
/// the parameter object is, overrides merged), else one for its type.
fn param_value(raw: &Value, p: &Param) -> Value {
    let Some(spec) = p.pointer.as_deref().and_then(|at| raw.pointer(at)) else {
        return sample_for_type(&p.ty);
    };
    if let Some(example) = spec.get("example") {
        return example.clone();
    }
    if let Some(example) = first_example(raw, spec) {
        return example;
    }
    let schema = spec.get("schema").or_else(|| {
        spec.get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.values().next())
            .and_then(|m| m.get("schema"))
    });
    match schema {
        Some(s) => Sampler::new(raw).sample(s, 0),
        None => sample_for_type(&p.ty),
    }
}

fn first_example(raw: &Value, holder: &Value) -> Option<Value> {
    let examples = holder.get("examples")?.as_object()?;
    let first = resolve(raw, examples.values().next()?);
    first.get("value").cloned()
}

fn sample_for_type(t: &TypeRef) -> Value {
    match t {
        TypeRef::Bool => json!(true),
        TypeRef::I32 | TypeRef::I64 | TypeRef::U64 => json!(1),
        TypeRef::F32 | TypeRef::F64 => json!(1.5),
        TypeRef::Vec(inner) => json!([sample_for_type(inner)]),
        TypeRef::Map(_) => json!({}),
        TypeRef::Option(inner) | TypeRef::Boxed(inner) => sample_for_type(inner),
        TypeRef::Unit => Value::Null,
        _ => json!("contract"),
    }
}

/// A value for a request body: the example of the media type the model chose, else one sampled
/// from its schema.
fn body_value(raw: &Value, body: &Body) -> Value {
    let Some(media) = raw.pointer(&body.pointer) else {
        return json!({});
    };
    if let Some(example) = media.get("example") {
        return example.clone();
    }
    if let Some(example) = first_example(raw, media) {
        return example;
    }
    let mut sampler = Sampler::new(raw);
    // An empty body is no body to Prism ("Body parameter is required"): fill in the optional
    // top-level properties as well.
    sampler.optional_at_top = true;
    match media.get("schema") {
        Some(s) => sampler.sample(s, 0),
        None => json!({}),
    }
}

/// A Rust raw string literal holding `text`.
fn raw_str(text: &str) -> String {
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}")
}

/// The Rust expression passing `value` where the generated code expects type `t`.
fn arg_expr(t: &TypeRef, value: &Value) -> String {
    match t {
        TypeRef::String => {
            let s = match value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            format!("String::from({})", raw_str(&s))
        }
        TypeRef::Bytes => {
            let s = match value {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            format!("cloudsdk_runtime::Bytes::from({}.as_bytes())", raw_str(&s))
        }
        _ => format!("arg({})?", raw_str(&value.to_string())),
    }
}

fn multipart_expr(value: &Value) -> String {
    let mut expr = String::from("cloudsdk_runtime::multipart::Form::new()");
    if let Some(fields) = value.as_object() {
        for (k, v) in fields {
            let text = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let _ = write!(expr, ".text({}, {})", raw_str(k), raw_str(&text));
        }
    }
    expr
}

fn call_expr(raw: &Value, api: &Api, op: &Operation) -> String {
    let mut args = Vec::new();
    let mut setters = Vec::new();
    for p in &op.params {
        let mut value = param_value(raw, p);
        // A value that spans path segments (`x-allow-reserved`, e.g. `quay.io/acme/api`) is sent
        // with its slashes, which no OpenAPI path template can match: Prism would answer "no
        // route". The loopback tests cover the slashes; here the value stays in one segment.
        if let ParamLocation::Path {
            allow_reserved: true,
            ..
        } = p.location
        {
            if let Value::String(text) = &value {
                value = Value::String(text.replace('/', "-"));
            }
        }
        let e = arg_expr(&p.ty, &value);
        if p.required {
            args.push(e);
        } else {
            setters.push(format!(".{}({e})", p.rust_name));
        }
    }
    if let Some(body) = &op.body {
        let value = body_value(raw, body);
        let e = if body.kind == BodyKind::Multipart {
            multipart_expr(&value)
        } else {
            arg_expr(&body.ty, &value)
        };
        if body.required {
            args.push(e);
        } else {
            setters.push(format!(".body({e})"));
        }
    }
    let receiver = match op.group {
        Some(g) => format!("client.{}()", api.groups[g].method),
        None => "client".to_owned(),
    };
    format!(
        "{receiver}.{}({}){}",
        op.method_name,
        args.join(", "),
        setters.join("")
    )
}

// ---------------------------------------------------------------------------------------------
// Synthesizing values from schemas

struct Sampler<'a> {
    raw: &'a Value,
    /// Include optional properties of the top-level object.
    optional_at_top: bool,
}

const MAX_DEPTH: usize = 12;

impl<'a> Sampler<'a> {
    fn new(raw: &'a Value) -> Self {
        Sampler {
            raw,
            optional_at_top: false,
        }
    }

    /// `allOf` folded into one schema: properties merged, `required` united.
    fn flatten(&self, schema: &Value, depth: usize) -> Value {
        let schema = resolve(self.raw, schema);
        let Some(parts) = schema.get("allOf").and_then(Value::as_array) else {
            return schema.clone();
        };
        let mut merged = Map::new();
        let mut properties = Map::new();
        let mut required: Vec<Value> = Vec::new();
        let mut own = schema.clone();
        if let Some(o) = own.as_object_mut() {
            o.remove("allOf");
        }
        let flattened: Vec<Value> = parts
            .iter()
            .map(|p| {
                if depth > MAX_DEPTH {
                    resolve(self.raw, p).clone()
                } else {
                    self.flatten(p, depth + 1)
                }
            })
            .chain(std::iter::once(own))
            .collect();
        for part in flattened {
            let Some(o) = part.as_object() else {
                continue;
            };
            for (k, v) in o {
                match k.as_str() {
                    "properties" => {
                        if let Some(ps) = v.as_object() {
                            for (pk, pv) in ps {
                                properties.insert(pk.clone(), pv.clone());
                            }
                        }
                    }
                    "required" => {
                        for r in v.as_array().into_iter().flatten() {
                            if !required.contains(r) {
                                required.push(r.clone());
                            }
                        }
                    }
                    _ => {
                        merged.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        if !properties.is_empty() {
            merged.insert("properties".into(), Value::Object(properties));
            merged
                .entry("type")
                .or_insert_with(|| Value::String("object".into()));
        }
        if !required.is_empty() {
            merged.insert("required".into(), Value::Array(required));
        }
        Value::Object(merged)
    }

    fn sample(&self, schema: &Value, depth: usize) -> Value {
        let original = resolve(self.raw, schema);
        let schema = self.flatten(original, depth);
        if let Some(example) = schema.get("example") {
            return example.clone();
        }
        if let Some(default) = schema.get("default") {
            return default.clone();
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            if let Some(v) = values.iter().find(|v| !v.is_null()).or(values.first()) {
                return v.clone();
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(variants) = schema.get(key).and_then(Value::as_array) {
                if let Some(first) = variants.first() {
                    let mut value = self.sample(first, depth + 1);
                    if let (Some(property), Some(o)) = (
                        schema
                            .pointer("/discriminator/propertyName")
                            .and_then(Value::as_str),
                        value.as_object_mut(),
                    ) {
                        if let Some(tag) = self.discriminator_value(&schema, first) {
                            o.insert(property.to_owned(), Value::String(tag));
                        }
                    }
                    return value;
                }
            }
        }
        let ty = schema
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_else(|| {
                if schema.get("properties").is_some()
                    || schema.get("additionalProperties").is_some()
                {
                    "object"
                } else if schema.get("items").is_some() {
                    "array"
                } else {
                    ""
                }
            });
        match ty {
            "object" => {
                let mut out = Map::new();
                if depth > MAX_DEPTH {
                    return Value::Object(out);
                }
                let properties = schema.get("properties").and_then(Value::as_object);
                let mut names: Vec<&str> = schema
                    .get("required")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                if depth == 0 && self.optional_at_top {
                    for k in properties.into_iter().flat_map(|p| p.keys()) {
                        if !names.contains(&k.as_str()) {
                            names.push(k);
                        }
                    }
                }
                for r in names {
                    let prop = properties.and_then(|p| p.get(r));
                    let prop_resolved = prop.map(|p| resolve(self.raw, p));
                    if prop_resolved
                        .and_then(|p| p.get("readOnly"))
                        .and_then(Value::as_bool)
                        == Some(true)
                    {
                        continue;
                    }
                    let v = match prop {
                        Some(p) => self.sample(p, depth + 1),
                        None => json!("contract"),
                    };
                    out.insert(r.to_owned(), v);
                }
                Value::Object(out)
            }
            "array" => {
                if depth > MAX_DEPTH {
                    return json!([]);
                }
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(1);
                let item = match schema.get("items") {
                    Some(items) => self.sample(items, depth + 1),
                    None => json!("contract"),
                };
                Value::Array(vec![item; min.max(1) as usize])
            }
            "integer" => json!(self.number(&schema, true) as i64),
            "number" => json!(self.number(&schema, false)),
            "boolean" => json!(true),
            "string" => Value::String(self.string(&schema)),
            _ => {
                if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
                    Value::Null
                } else {
                    json!("contract")
                }
            }
        }
    }

    fn discriminator_value(&self, schema: &Value, variant: &Value) -> Option<String> {
        let target = variant.get("$ref").and_then(Value::as_str)?;
        if let Some(mapping) = schema
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
        {
            for (k, v) in mapping {
                if v.as_str() == Some(target) {
                    return Some(k.clone());
                }
            }
        }
        target
            .rsplit('/')
            .next()
            .map(cloudsdk_codegen::pointer::unescape)
    }

    fn number(&self, schema: &Value, integer: bool) -> f64 {
        let min = schema.get("minimum").and_then(Value::as_f64);
        let max = schema.get("maximum").and_then(Value::as_f64);
        let exclusive_min = schema.get("exclusiveMinimum").and_then(Value::as_bool) == Some(true);
        let exclusive_max = schema.get("exclusiveMaximum").and_then(Value::as_bool) == Some(true);
        let step = if integer { 1.0 } else { 0.5 };
        let mut v: f64 = if integer { 1.0 } else { 1.5 };
        if let Some(m) = schema.get("multipleOf").and_then(Value::as_f64) {
            if m > 0.0 {
                v = m;
            }
        }
        if let Some(min) = min {
            let lo = if exclusive_min { min + step } else { min };
            if v < lo {
                v = lo;
            }
        }
        if let Some(max) = max {
            let hi = if exclusive_max { max - step } else { max };
            if v > hi {
                v = hi;
            }
        }
        if integer { v.ceil() } else { v }
    }

    fn string(&self, schema: &Value) -> String {
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        let mut s = match format {
            "date-time" => "2024-01-01T00:00:00Z".to_owned(),
            "date" => "2024-01-01".to_owned(),
            "time" => "00:00:00Z".to_owned(),
            "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6".to_owned(),
            "email" => "ada@example.com".to_owned(),
            "uri" | "url" | "uri-reference" => "https://example.com".to_owned(),
            "hostname" => "example.com".to_owned(),
            "ipv4" => "192.0.2.1".to_owned(),
            "ipv6" => "2001:db8::1".to_owned(),
            "byte" => "Y29udHJhY3Q=".to_owned(),
            "rfc2822" => "Mon, 01 Jan 2024 00:00:00 +0000".to_owned(),
            _ => match schema.get("pattern").and_then(Value::as_str) {
                Some(p) => pattern_sample(p).unwrap_or_else(|| "contract".to_owned()),
                None => "contract".to_owned(),
            },
        };
        if let Some(min) = schema.get("minLength").and_then(Value::as_u64) {
            while (s.chars().count() as u64) < min {
                s.push('a');
            }
        }
        if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
            s = s.chars().take(max as usize).collect();
        }
        s
    }
}

/// A string matching a simple regular expression: literals, `.`, character classes and escapes
/// with `?`, `*`, `+` and `{n}`/`{n,m}` quantifiers, anchored. `None` for anything else.
fn pattern_sample(pattern: &str) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    let mut out = String::new();
    while i < chars.len() {
        let atom: char = match chars[i] {
            '^' if i == 0 => {
                i += 1;
                continue;
            }
            '$' if i + 1 == chars.len() => break,
            '.' => {
                i += 1;
                'a'
            }
            '\\' => {
                let c = *chars.get(i + 1)?;
                i += 2;
                match c {
                    'd' => '0',
                    'w' => 'a',
                    's' => ' ',
                    c if c.is_ascii_alphanumeric() => return None,
                    c => c,
                }
            }
            '[' => {
                let close = chars[i..].iter().position(|&c| c == ']')? + i;
                let class = &chars[i + 1..close];
                if class.first() == Some(&'^') || class.is_empty() {
                    return None;
                }
                i = close + 1;
                class[0]
            }
            '(' | ')' | '|' | '*' | '+' | '?' | '{' => return None,
            c => {
                i += 1;
                c
            }
        };
        let count = match chars.get(i) {
            Some('*') | Some('?') => {
                i += 1;
                0
            }
            Some('+') => {
                i += 1;
                1
            }
            Some('{') => {
                let close = chars[i..].iter().position(|&c| c == '}')? + i;
                let inner: String = chars[i + 1..close].iter().collect();
                i = close + 1;
                inner.split(',').next()?.trim().parse().ok()?
            }
            _ => 1,
        };
        for _ in 0..count {
            out.push(atom);
        }
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------------
// The program

fn auth_expr(api: &Api, krate: &str, scheme: Option<&str>) -> String {
    let kind = scheme
        .and_then(|s| api.auth.iter().find(|a| a.key == s))
        .or(api.auth.first())
        .map(|a| &a.kind);
    match kind {
        Some(AuthKind::Basic) => {
            format!("{krate}::auth::BasicAuth::new(\"contract\", \"contract\").unwrap()")
        }
        Some(AuthKind::OAuth1 { .. }) => format!(
            "{krate}::auth::OAuth1::new(\"contract\", \"contract\").unwrap().with_token(\"contract\", \"contract\").unwrap()"
        ),
        Some(AuthKind::ApiKey { .. }) | Some(AuthKind::Other(_)) | None => {
            format!("{krate}::auth::NoAuth")
        }
        Some(_) => format!("{krate}::auth::BearerToken::new(\"contract\").unwrap()"),
    }
}

fn write_program(root: &Path, scratch: &Path, plan: &Plan) -> Result<()> {
    let dir = scratch.join(&plan.name);
    std::fs::create_dir_all(dir.join("src"))?;
    let krate = plan.name.replace('-', "_");
    let generated = root.join("generated").join(&plan.name);
    let runtime = root.join("runtime");
    let manifest = format!(
        "# Written by `cargo xtask contract`; throwaway.\n[package]\nname = \"contract-{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{name} = {{ path = {gen:?} }}\ncloudsdk-runtime = {{ path = {rt:?} }}\nserde = \"1\"\nserde_json = \"1\"\ntokio = {{ version = \"1\", features = [\"rt\", \"macros\"] }}\n",
        name = plan.name,
        gen = generated.display().to_string(),
        rt = runtime.display().to_string(),
    );
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;

    let mut src = String::new();
    src.push_str(
        "//! Written by `cargo xtask contract`: calls every operation once and prints one JSON line\n//! per call.\n#![allow(deprecated, unused_mut, clippy::all)]\n\n",
    );
    let _ = writeln!(src, "use {krate}::Client;\n");
    src.push_str(PRELUDE);
    for (i, call) in plan.calls.iter().enumerate() {
        let _ = write!(
            src,
            "\n/// `{} {}`\nasync fn call_{i}(client: &Client) -> Result<serde_json::Value, String> {{\n    Ok(report({}.send().await))\n}}\n",
            call.method, call.path, call.expr
        );
    }
    src.push_str(
        "\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let base_url = std::env::var(\"CONTRACT_BASE_URL\").expect(\"CONTRACT_BASE_URL\");\n",
    );
    for (i, scheme) in plan.clients.iter().enumerate() {
        let _ = writeln!(
            src,
            "    // {}\n    let client_{i}: Client = Client::builder()\n        .base_url(base_url.clone())\n        .auth({})\n        .retry({krate}::RetryPolicy::none())\n        .build()\n        .unwrap();",
            scheme.as_deref().unwrap_or("no security requirement"),
            auth_expr(&plan.api, &krate, scheme.as_deref())
        );
    }
    for (i, call) in plan.calls.iter().enumerate() {
        let _ = writeln!(
            src,
            "    emit({:?}, call_{i}(&client_{}).await);",
            call.id, call.client
        );
    }
    src.push_str("}\n");
    write_if_changed(&dir.join("src/main.rs"), &src)?;
    Ok(())
}

const PRELUDE: &str = r#"fn arg<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| format!("{e} in {json}"))
}

fn report<T, E>(result: Result<T, cloudsdk_runtime::Error<E>>) -> serde_json::Value {
    let err = match result {
        Ok(_) => return serde_json::json!({ "kind": "ok" }),
        Err(e) => e,
    };
    let message = err.to_string();
    let (status, violations, body) = match err.response() {
        Some(r) => (
            Some(r.status.as_u16()),
            r.headers.get("sl-violations").and_then(|v| v.to_str().ok()).map(str::to_owned),
            r.text().into_owned(),
        ),
        None => (None, None, String::new()),
    };
    match &err {
        cloudsdk_runtime::Error::Decode(d) => serde_json::json!({
            "kind": "decode", "status": status, "path": d.path, "message": d.message,
            "violations": violations, "body": body,
        }),
        _ => serde_json::json!({
            "kind": "error", "status": status, "violations": violations, "body": body,
            "message": message,
        }),
    }
}

fn emit(id: &str, outcome: Result<serde_json::Value, String>) {
    let mut line = match outcome {
        Ok(v) => v,
        Err(message) => serde_json::json!({ "kind": "args", "message": message }),
    };
    line["id"] = serde_json::Value::String(id.to_owned());
    println!("{line}");
}
"#;

/// Writes `text` unless the file holds it already (keeps cargo from rebuilding the programs).
fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

fn write_workspace(root: &Path, scratch: &Path, plans: &[Plan]) -> Result<()> {
    let mut manifest = String::from(
        "# Scratch workspace written by `cargo xtask contract`.\n[workspace]\nresolver = \"3\"\nmembers = [\n",
    );
    for p in plans {
        let _ = writeln!(manifest, "  \"{}\",", p.name);
    }
    manifest.push_str("]\n");
    manifest.push_str(&crate::dev_profile(root));
    write_if_changed(&scratch.join("Cargo.toml"), &manifest)?;
    crate::seed_lock_file(root, scratch)
}

// ---------------------------------------------------------------------------------------------
// Classifying and reporting

struct SpecSummary {
    name: String,
    operations: usize,
    called: usize,
    skipped: usize,
    counts: BTreeMap<&'static str, usize>,
    /// What Prism said it could not check.
    notes: Vec<String>,
}

impl SpecSummary {
    fn count(&self, class: &str) -> usize {
        self.counts.get(class).copied().unwrap_or(0)
    }
}

/// Prism's own error documents have types in this namespace.
const PRISM_ERRORS: &str = "https://stoplight.io/prism/errors#";

fn classify(line: &Value) -> (&'static str, String) {
    let kind = line.get("kind").and_then(Value::as_str).unwrap_or("");
    let status = line.get("status").and_then(Value::as_u64);
    let body = line.get("body").and_then(Value::as_str).unwrap_or("");
    let violations: Vec<Value> = line
        .get("violations")
        .and_then(Value::as_str)
        .and_then(|v| serde_json::from_str(v).ok())
        .unwrap_or_default();
    let describe = |vs: &[&Value]| -> String {
        vs.iter()
            .map(|v| {
                let location = v
                    .get("location")
                    .and_then(Value::as_array)
                    .map(|l| {
                        l.iter()
                            .map(|s| s.as_str().map_or_else(|| s.to_string(), str::to_owned))
                            .collect::<Vec<_>>()
                            .join(".")
                    })
                    .unwrap_or_default();
                format!(
                    "{location}: {}",
                    v.get("message").and_then(Value::as_str).unwrap_or("")
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let is_error = |v: &&Value| v.get("severity").and_then(Value::as_str) == Some("Error");
    let in_request =
        |v: &&Value| v.pointer("/location/0").and_then(Value::as_str) == Some("request");
    let request_errors: Vec<&Value> = violations
        .iter()
        .filter(is_error)
        .filter(in_request)
        .collect();
    let response_errors: Vec<&Value> = violations
        .iter()
        .filter(is_error)
        .filter(|v| !in_request(v))
        .collect();
    match kind {
        "ok" => ("OK", String::new()),
        "args" => (
            "ARGS",
            line.get("message")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned(),
        ),
        "decode" => (
            "DECODE",
            format!(
                "at `{}`: {}",
                line.get("path").and_then(Value::as_str).unwrap_or(""),
                line.get("message").and_then(Value::as_str).unwrap_or("")
            ),
        ),
        _ if !request_errors.is_empty() => (
            "REJECTED",
            format!(
                "{}: {}",
                status.map_or_else(|| "-".into(), |s| s.to_string()),
                describe(&request_errors)
            ),
        ),
        _ => {
            let problem: Option<Value> = serde_json::from_str(body).ok();
            let problem_type = problem
                .as_ref()
                .and_then(|p| p.get("type"))
                .and_then(Value::as_str)
                .unwrap_or("");
            if problem_type == format!("{PRISM_ERRORS}VIOLATIONS") || !response_errors.is_empty() {
                let listed: Vec<&Value> = problem
                    .as_ref()
                    .and_then(|p| p.get("validation"))
                    .and_then(Value::as_array)
                    .map(|a| a.iter().collect())
                    .unwrap_or_default();
                let text = if listed.is_empty() {
                    describe(&response_errors)
                } else {
                    describe(&listed)
                };
                ("MOCK", text)
            } else if let Some(t) = problem_type.strip_prefix(PRISM_ERRORS) {
                let detail = problem
                    .as_ref()
                    .and_then(|p| p.get("detail"))
                    .and_then(Value::as_str)
                    .unwrap_or("");
                // 401 security, 404/405 no route, 415 content type, 422 invalid: the request was
                // refused. Anything else (406, 500) happened after the request validated, while
                // Prism built its response.
                let refused = matches!(status, Some(400..=499)) && status != Some(406);
                (
                    if refused { "REJECTED" } else { "PRISM" },
                    format!(
                        "{}: {t}: {detail}",
                        status.map_or_else(|| "-".into(), |s| s.to_string())
                    ),
                )
            } else {
                let message = line.get("message").and_then(Value::as_str).unwrap_or("");
                ("OTHER", message.chars().take(300).collect())
            }
        }
    }
}

fn report(plan: &Plan, output: &str, secs: f64) -> (SpecSummary, bool) {
    let mut results: BTreeMap<String, Value> = BTreeMap::new();
    for line in output.lines() {
        if let Ok(v) = serde_json::from_str::<Value>(line) {
            if let Some(id) = v.get("id").and_then(Value::as_str) {
                results.insert(id.to_owned(), v.clone());
            }
        }
    }
    println!("\n## {} ({:.1} s)\n", plan.name, secs);
    println!("| operation | call | result | detail |");
    println!("|---|---|---|---|");
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut ok = true;
    let mut seen = BTreeSet::new();
    for call in &plan.calls {
        let (mut class, mut detail) = match results.get(&call.id) {
            Some(line) => classify(line),
            None => ("MISSING", "the program did not report this call".to_owned()),
        };
        if let Some(why) = call.unchecked {
            if matches!(class, "OK" | "MOCK" | "PRISM") {
                detail = if class == "OK" {
                    why.to_owned()
                } else {
                    format!("{why} [{class}: {detail}]")
                };
                class = "UNCHECKED";
            }
        }
        seen.insert(call.id.as_str());
        *counts.entry(class).or_default() += 1;
        if !matches!(class, "OK" | "UNCHECKED") {
            ok = false;
        }
        println!(
            "| {} | `{} {}` | {class} | {} |",
            call.id,
            call.method,
            call.path,
            detail.replace('|', "\\|").replace('\n', " ")
        );
    }
    for s in &plan.skipped {
        println!("| {s} | | SKIPPED | websocket: Prism mocks HTTP only |");
    }
    (
        SpecSummary {
            name: plan.name.clone(),
            operations: plan.calls.len() + plan.skipped.len(),
            called: results.keys().filter(|k| seen.contains(k.as_str())).count(),
            skipped: plan.skipped.len(),
            counts,
            notes: Vec::new(),
        },
        ok,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_from_the_specs() {
        assert_eq!(
            pattern_sample("^app_[0-9a-f]{8}-[0-9a-f]{4}$").as_deref(),
            Some("app_00000000-0000")
        );
        assert_eq!(pattern_sample("^tardis_.*$").as_deref(), Some("tardis_"));
        assert_eq!(
            pattern_sample("^[a-zA-Z0-9+/]{43}=$").map(|s| s.len()),
            Some(44)
        );
        assert_eq!(pattern_sample("^(app|mysql)_.*$"), None);
    }

    #[test]
    fn samples_respect_the_schema() {
        let raw = json!({"components": {"schemas": {"Base": {
            "type": "object", "required": ["id"], "properties": {"id": {"type": "string", "format": "uuid"}}
        }}}});
        let s = Sampler::new(&raw);
        let schema = json!({"allOf": [{"$ref": "#/components/schemas/Base"}, {
            "required": ["n", "when"],
            "properties": {
                "n": {"type": "integer", "minimum": 5, "maximum": 9},
                "when": {"type": "string", "format": "date-time"},
                "skip": {"type": "string"}
            }
        }]});
        assert_eq!(
            s.sample(&schema, 0),
            json!({"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "n": 5, "when": "2024-01-01T00:00:00Z"})
        );
        assert_eq!(
            s.sample(&json!({"type": "string", "minLength": 10}), 0),
            json!("contractaa")
        );
    }

    #[test]
    fn request_violations_are_rejections_and_prism_errors_after_validation_are_not() {
        let violations = json!([{"location": ["request", "body"], "severity": "Error", "message": "must have required property 'x'"}]);
        let line = json!({"kind": "error", "status": 400, "violations": violations.to_string(), "body": ""});
        assert_eq!(classify(&line).0, "REJECTED");
        let line = json!({"kind": "error", "status": 406, "body": json!({"type": format!("{PRISM_ERRORS}NOT_ACCEPTABLE")}).to_string()});
        assert_eq!(classify(&line).0, "PRISM");
        let line = json!({"kind": "error", "status": 404, "body": json!({"type": format!("{PRISM_ERRORS}NO_PATH_MATCHED_ERROR")}).to_string()});
        assert_eq!(classify(&line).0, "REJECTED");
        let line = json!({"kind": "error", "status": 500, "body": json!({"type": format!("{PRISM_ERRORS}VIOLATIONS"), "validation": []}).to_string()});
        assert_eq!(classify(&line).0, "MOCK");
        assert_eq!(
            classify(&json!({"kind": "error", "status": 409, "body": "{}"})).0,
            "OTHER"
        );
    }
}
