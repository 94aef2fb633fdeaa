//! Planning: which operations to call, with which arguments, read from the model (operations,
//! parameters with overrides merged, bodies, schemes); examples and schemas are looked up in the
//! spec where the model's pointers say.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;
use cloudsdk_codegen::model::{
    Api, Body, BodyKind, CallKind, Operation, Param, ParamLocation, TypeRef,
};
use cloudsdk_codegen::{Modelled, Options, read_model};
use serde_json::{Value, json};

use super::RESPONSE_UNCHECKED;
use super::sample::{Sampler, resolve};

/// What to call for one spec, and how to authenticate each call.
pub(super) struct Plan {
    pub(super) name: String,
    pub(super) api: Api,
    pub(super) calls: Vec<Call>,
    /// Operations not called: websocket streams (Prism mocks HTTP only).
    pub(super) skipped: Vec<String>,
    /// The security scheme each client (`client_0`, …) authenticates with (`None`: the first).
    pub(super) clients: Vec<Option<String>>,
}

/// One operation call.
pub(super) struct Call {
    pub(super) id: String,
    /// `client.group().method(args…).setters…`, without `.send()`.
    pub(super) expr: String,
    pub(super) method: String,
    pub(super) path: String,
    /// Index of the client (authentication) it is sent with.
    pub(super) client: usize,
    /// Why the response is not checked, when it is not.
    pub(super) unchecked: Option<&'static str>,
    /// The spec documents no 2xx response for it (Prism then answers with an error it lists).
    pub(super) no_success: bool,
}

/// The calls for the spec at `path`, read with the `options` its crate `name` was generated with.
pub(super) fn plan(name: &str, path: &Path, options: &Options) -> Result<Plan> {
    let Modelled { api, spec, .. } =
        read_model(path, options).map_err(|d| anyhow::anyhow!("{}: {d}", path.display()))?;
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
        let scheme = sendable_scheme(raw, &api, op);
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
            no_success: !documents_success(raw, op),
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

/// The security scheme to call the operation with: the first alternative of its requirements
/// (the operation's, else the document's) that names one scheme of the model (an API key in a
/// header, cookie or the query string included); else the model's choice.
fn sendable_scheme(raw: &Value, api: &Api, op: &Operation) -> Option<String> {
    let sendable = |key: &str| api.auth.iter().any(|a| a.key == key);
    let requirements = raw
        .pointer(&format!("{}/security", op.pointer))
        .or_else(|| raw.get("security"))
        .and_then(Value::as_array);
    requirements
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .filter(|r| r.len() == 1)
        .filter_map(|r| r.keys().next())
        .find(|key| sendable(key))
        .cloned()
        .or_else(|| op.scheme.clone())
}

/// Whether the operation's `responses` name a 2xx status (`200`, `2XX`).
fn documents_success(raw: &Value, op: &Operation) -> bool {
    raw.pointer(&format!("{}/responses", op.pointer))
        .and_then(Value::as_object)
        .is_some_and(|r| r.keys().any(|k| k.starts_with('2')))
}

/// A parameter's example (the model says where the parameter object is, overrides merged).
fn param_example(raw: &Value, p: &Param) -> Option<Value> {
    let spec = raw.pointer(p.pointer.as_deref()?)?;
    spec.get("example")
        .cloned()
        .or_else(|| first_example(raw, spec))
}

/// A value for a parameter sampled from its schema, else one for its type.
fn param_sample(raw: &Value, p: &Param) -> Value {
    let Some(spec) = p.pointer.as_deref().and_then(|at| raw.pointer(at)) else {
        return sample_for_type(&p.ty);
    };
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

/// The example of the request body's media type (the one the model chose).
fn body_example(raw: &Value, body: &Body) -> Option<Value> {
    let media = raw.pointer(&body.pointer)?;
    media
        .get("example")
        .cloned()
        .or_else(|| first_example(raw, media))
}

/// A request body sampled from its media type's schema.
fn body_sample(raw: &Value, body: &Body) -> Value {
    let Some(media) = raw.pointer(&body.pointer) else {
        return json!({});
    };
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

/// The Rust expression passing a value where the generated code expects type `t`: the spec's
/// example when there is one, falling back to the sample when the example does not fit the
/// type (an example that contradicts its schema: the program notes it).
fn arg_expr(t: &TypeRef, example: Option<&Value>, sample: &Value) -> String {
    let value = example.unwrap_or(sample);
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
        _ => match example {
            Some(example) if example != sample => format!(
                "arg_or({}, {})?",
                raw_str(&example.to_string()),
                raw_str(&sample.to_string())
            ),
            _ => format!("arg({})?", raw_str(&value.to_string())),
        },
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
        let mut example = param_example(raw, p);
        let mut sample = param_sample(raw, p);
        // A value that spans path segments (`x-allow-reserved`, e.g. `quay.io/acme/api`) is sent
        // with its slashes, which no OpenAPI path template can match: Prism would answer "no
        // route". The loopback tests cover the slashes; here the value stays in one segment.
        if let ParamLocation::Path {
            allow_reserved: true,
            ..
        } = p.location
        {
            for value in example.iter_mut().chain(std::iter::once(&mut sample)) {
                if let Value::String(text) = value {
                    *text = text.replace('/', "-");
                }
            }
        }
        let e = arg_expr(&p.ty, example.as_ref(), &sample);
        if p.required {
            args.push(e);
        } else {
            setters.push(format!(".{}({e})", p.rust_name));
        }
    }
    if let Some(body) = &op.body {
        let example = body_example(raw, body);
        let sample = body_sample(raw, body);
        let e = if body.kind == BodyKind::Multipart {
            multipart_expr(example.as_ref().unwrap_or(&sample))
        } else {
            arg_expr(&body.ty, example.as_ref(), &sample)
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

#[cfg(test)]
mod tests {
    use cloudsdk_codegen::emit::Dependencies;

    use super::*;

    fn fixture(name: &str) -> Plan {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../codegen/tests/fixtures/constructs")
            .join(name);
        let options = Options::new("fixture", Dependencies::Workspace);
        plan("fixture", &path, &options).expect("plans")
    }

    #[test]
    fn calls_take_the_parameters_the_model_merged() {
        let plan = fixture("param_overrides.yaml");
        let get = plan
            .calls
            .iter()
            .find(|c| c.id == "getLogs")
            .expect("getLogs");
        // The operation's required integer `level` (an argument, named `level2` after the
        // header) replaces the path item's optional string query parameter of that name; the
        // header of the same name stays a setter.
        assert_eq!(
            get.expr,
            r##"client.get_logs(arg(r#"1"#)?).since(String::from(r#"contract"#)).level(String::from(r#"contract"#)).limit(arg(r#"1"#)?)"##
        );
        let delete = plan
            .calls
            .iter()
            .find(|c| c.id == "deleteLogs")
            .expect("deleteLogs");
        assert!(
            delete.expr.contains(".level(String::from("),
            "{}",
            delete.expr
        );
    }

    #[test]
    fn websocket_streams_are_skipped_and_schemes_come_from_the_model() {
        let plan = fixture("websocket.yaml");
        assert!(plan.calls.is_empty());
        assert_eq!(
            plan.skipped,
            [
                "appSocket (GET /socket/{app}: websocket)",
                "events (GET /events: websocket)",
                "feed (GET /feed: websocket)"
            ]
        );
        let plan = fixture("auth.yaml");
        let scheme = |id: &str| {
            let call = plan.calls.iter().find(|c| c.id == id).expect("a call");
            plan.clients[call.client].clone()
        };
        assert_eq!(scheme("getMe").as_deref(), Some("oauth1"));
        assert_eq!(scheme("getStatus"), None);
        assert_eq!(scheme("listKeys").as_deref(), Some("apiKey"));
    }

    /// A Swagger 2.0 `Accept` header parameter is no argument of the call (the generator leaves
    /// it out, as OpenAPI says; the client's own `Accept` is sent), other headers are sampled.
    #[test]
    fn an_accept_header_parameter_is_not_an_argument() {
        let dir = std::env::temp_dir().join(format!("contract-accept-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("accept.yaml");
        let spec = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      parameters:\n        - {name: Accept, in: header, type: string}\n        - {name: Tag, in: header, type: string}\n      responses: {'200': {description: ok}}\n";
        std::fs::write(&path, spec).expect("spec written");
        let options = Options::new("fixture", Dependencies::Workspace);
        let planned = plan("fixture", &path, &options).expect("plans");
        let _ = std::fs::remove_dir_all(&dir);
        let expr = &planned.calls[0].expr;
        assert!(!expr.to_lowercase().contains("accept"), "{expr}");
        assert!(
            expr.contains("contract"),
            "other headers stay sampled: {expr}"
        );
    }

    /// An example that contradicts its schema (`"false"` for a boolean) falls back to a sample.
    #[test]
    fn examples_fall_back_to_samples() {
        let example = json!("false");
        assert_eq!(
            arg_expr(&TypeRef::Bool, Some(&example), &json!(true)),
            r##"arg_or(r#""false""#, r#"true"#)?"##
        );
        assert_eq!(
            arg_expr(&TypeRef::Bool, Some(&json!(true)), &json!(true)),
            r##"arg(r#"true"#)?"##
        );
        assert_eq!(
            arg_expr(&TypeRef::String, Some(&json!(7)), &json!("contract")),
            r##"String::from(r#"7"#)"##
        );
    }

    /// A query API key is sent like a header key: the first alternative wins.
    #[test]
    fn a_query_key_is_chosen_when_it_comes_first() {
        let spec = r#"{"openapi": "3.0.0", "info": {"title": "t", "version": "1"},
            "components": {"securitySchemes": {
                "query": {"type": "apiKey", "in": "query", "name": "token"},
                "header": {"type": "apiKey", "in": "header", "name": "Access-Token"}}},
            "security": [{"query": []}, {"header": []}],
            "paths": {"/a": {"get": {"operationId": "getA", "responses": {"204": {"description": "ok"}}}}}}"#;
        let dir = std::env::temp_dir().join(format!("contract-plan-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("alternatives.json");
        std::fs::write(&path, spec).expect("spec written");
        let options = Options::new("fixture", Dependencies::Workspace);
        let plan = plan("fixture", &path, &options).expect("plans");
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(plan.clients, [Some("query".to_owned())]);
        assert!(!plan.calls[0].no_success);
    }
}
