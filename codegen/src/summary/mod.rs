//! The public surface of a generated crate in Rust terms, computed from the model and kept in the
//! crate as `api.json`, so the next generation can say what changed without git history.
//!
//! [`summarize`] reads an [`Api`]; `diff` compares two summaries and classifies each change
//! (breaking or not, in what a user's code would notice); `release` turns the verdict into the
//! next crate version.

mod diff;
mod previous;
mod release;
mod render;

use serde::{Deserialize, Serialize};

use crate::model::{Api, CallKind, Operation, StatusMatch, Success, TypeDef, TypeKind};

pub use diff::{Change, Piece, Section, diff};
pub use previous::{FIRST_VERSION, Previous, Release, plan};
pub use release::{Bump, Report, bump, next_version};
pub use render::rust_type;

/// The summary's file name, at the crate root.
pub const FILE: &str = "api.json";

/// The version of the summary's layout; a summary of another layout is not compared.
pub const FORMAT: u32 = 1;

/// A generated crate's public surface.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// [`FORMAT`].
    pub format: u32,
    /// The package name.
    #[serde(rename = "crate")]
    pub crate_name: String,
    /// The package version.
    pub crate_version: String,
    /// The spec's `info.version`.
    pub spec_version: String,
    /// The body type of the crate's `Error`.
    pub error: String,
    /// Every operation, in the spec's order.
    pub operations: Vec<OperationSummary>,
    /// Every type in `types`, in the order they are emitted.
    pub types: Vec<TypeSummary>,
    /// The Cargo features that come and go with the spec: one per tag, and the runtime parts
    /// only some tags need. (`default`, `full`, the TLS choices and `mock` every crate has.)
    /// `None` in a summary written before it was kept: then not compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// What the crate root re-exports of the runtime's optional parts (`uuid`, `multipart`,
    /// the websocket types); `None` as for `features`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reexports: Option<Vec<String>>,
}

/// One operation: how it is called and what it returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OperationSummary {
    /// The Rust call that starts it: `Client::list_pets` or `Client::pets().list`.
    pub call: String,
    /// The spec's `operationId` (or the one derived from method and path).
    pub operation_id: String,
    /// `GET /pets/{id}`.
    pub http: String,
    /// Positional arguments of the starting method, in order.
    pub arguments: Vec<Argument>,
    /// Builder setters, in order.
    pub setters: Vec<Argument>,
    /// The type `send()` returns.
    pub success: String,
    /// The error body type of its `Error`.
    pub error: String,
    /// The documented error statuses (`404`, `4XX`, `default`).
    pub error_statuses: Vec<String>,
    /// What besides `send()` the builder offers: `stream() of T` (pages or events),
    /// `send_streaming()`, `connect() of T`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streaming: Option<String>,
    /// `#[deprecated]`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
}

/// A value a caller passes: a positional argument or a builder setter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Argument {
    /// The Rust name.
    pub name: String,
    /// Its Rust type (what the field holds; strings are taken as `impl Into<String>`).
    #[serde(rename = "type")]
    pub ty: String,
    /// Where it goes: `path id`, `query limit`, `header X-Id`, `cookie c`, `body`.
    pub sent_as: String,
}

/// One type in the crate's `types` module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeSummary {
    /// The Rust name.
    pub name: String,
    /// What it is.
    pub shape: Shape,
}

/// The shape of a type, as far as a user's code can see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// A `#[non_exhaustive]` struct with `new(required…)` and `with_*` setters.
    Struct {
        /// Fields in order.
        fields: Vec<FieldSummary>,
        /// The type of `additional_properties`' values, when it has that map.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        additional: Option<String>,
    },
    /// A `#[non_exhaustive]` string enum that keeps unknown values.
    Enum {
        /// (variant, wire value).
        variants: Vec<(String, String)>,
    },
    /// An integer newtype with one constant per known value.
    IntEnum {
        /// (constant, value).
        constants: Vec<(String, i64)>,
    },
    /// An enum with one variant per alternative.
    Union {
        /// (variant, type).
        variants: Vec<(String, String)>,
        /// `#[non_exhaustive]`, with an `Unknown` variant (a discriminated union).
        open: bool,
    },
    /// `type Name = T;`
    Alias {
        /// The target type.
        target: String,
    },
}

/// One struct field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldSummary {
    /// The Rust name.
    pub name: String,
    /// The name on the wire.
    pub json: String,
    /// The Rust type, `Option` included.
    #[serde(rename = "type")]
    pub ty: String,
}

impl FieldSummary {
    /// Whether `new` takes it (its type is not an `Option`).
    pub fn is_argument(&self) -> bool {
        !self.ty.starts_with("Option<")
    }
}

impl Summary {
    /// The summary as the file holds it: JSON with one line per operation and per type, so
    /// the file stays small and a change shows as a one-line diff.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\n");
        let heads: [(&str, String); 5] = [
            ("format", self.format.to_string()),
            ("crate", line(&self.crate_name)),
            ("crate_version", line(&self.crate_version)),
            ("spec_version", line(&self.spec_version)),
            ("error", line(&self.error)),
        ];
        for (key, value) in heads {
            out.push_str(&format!("  \"{key}\": {value},\n"));
        }
        let ops: Vec<String> = self.operations.iter().map(line).collect();
        let types: Vec<String> = self.types.iter().map(line).collect();
        out.push_str(&format!("  \"operations\": {},\n", list(&ops)));
        out.push_str(&format!("  \"types\": {}", list(&types)));
        for (key, names) in [("features", &self.features), ("reexports", &self.reexports)] {
            if let Some(names) = names {
                out.push_str(&format!(",\n  \"{key}\": {}", line(names)));
            }
        }
        out.push_str("\n}\n");
        out
    }

    /// Reads a summary file.
    ///
    /// # Errors
    /// A message saying what is wrong with the text, when it is not a summary of [`FORMAT`].
    pub fn from_json(text: &str) -> Result<Summary, String> {
        let format = serde_json::from_str::<serde_json::Value>(text)
            .map_err(|e| format!("not JSON: {e}"))?
            .get("format")
            .and_then(serde_json::Value::as_u64);
        if format != Some(u64::from(FORMAT)) {
            return Err(format!(
                "summary format {} is not {FORMAT}",
                format.map_or("missing".to_owned(), |f| f.to_string())
            ));
        }
        serde_json::from_str(text).map_err(|e| format!("not an API summary: {e}"))
    }
}

/// The public surface of the crate emitted for `api`, at version `crate_version`.
pub fn summarize(api: &Api, crate_version: &str) -> Summary {
    let mut types: Vec<TypeSummary> = api.types.iter().map(type_summary).collect();
    types.extend(api.operations.iter().filter_map(success_enum));
    Summary {
        format: FORMAT,
        crate_name: api.crate_name.clone(),
        crate_version: crate_version.to_owned(),
        spec_version: api.version.clone(),
        error: rust_type(&api.errors.body),
        operations: api.operations.iter().map(|o| operation(api, o)).collect(),
        types,
        features: Some(features(api)),
        reexports: Some(
            (api.runtime_features.iter())
                .flat_map(|r| r.part.reexports())
                .map(|name| (*name).to_owned())
                .collect(),
        ),
    }
}

/// The crate's tag features, then the runtime parts gated by some of them.
fn features(api: &Api) -> Vec<String> {
    let tags = api.groups.iter().filter_map(|g| g.feature.clone());
    let gated = (api.runtime_features.iter())
        .filter(|r| !r.features.is_empty())
        .map(|r| r.part.as_str().to_owned());
    tags.chain(gated).collect()
}

fn operation(api: &Api, op: &Operation) -> OperationSummary {
    let call = match op.group.and_then(|g| api.groups.get(g)) {
        Some(group) => format!("Client::{}().{}", group.method, op.method_name),
        None => format!("Client::{}", op.method_name),
    };
    let mut arguments = Vec::new();
    let mut setters = Vec::new();
    for p in &op.params {
        let passed = Argument {
            name: p.rust_name.clone(),
            ty: rust_type(&p.ty),
            sent_as: format!("{} {}", p.location.as_str(), p.name),
        };
        if p.required {
            arguments.push(passed);
        } else {
            setters.push(passed);
        }
    }
    if let Some(body) = &op.body {
        let passed = Argument {
            name: crate::model::names::BUILDER.body.to_owned(),
            ty: rust_type(&body.ty),
            sent_as: "body".to_owned(),
        };
        if body.required {
            arguments.push(passed);
        } else {
            setters.push(passed);
        }
    }
    OperationSummary {
        call,
        operation_id: op.id.clone(),
        http: format!("{} {}", op.method.as_str(), op.path),
        arguments,
        setters,
        success: match &op.success {
            Success::Single { ty, .. } => rust_type(ty),
            Success::ByStatus { name, .. } => name.clone(),
        },
        error: rust_type(&op.error_type),
        error_statuses: op.errors.iter().map(status).collect(),
        streaming: streaming(&op.kind),
        deprecated: op.deprecated,
    }
}

fn status(s: &StatusMatch) -> String {
    match s {
        StatusMatch::Code(c) => c.to_string(),
        StatusMatch::Class(c) => format!("{c}XX"),
        StatusMatch::Default => "default".to_owned(),
    }
}

fn streaming(kind: &CallKind) -> Option<String> {
    match kind {
        CallKind::Request => None,
        CallKind::Paginated { item, .. } => Some(format!("stream() of {}", rust_type(item))),
        CallKind::Download => Some("send_streaming()".to_owned()),
        CallKind::Events(events) => Some(format!("stream() of {}", rust_type(&events.message))),
        CallKind::WebSocket(ws) => Some(match &ws.send {
            Some(send) => format!(
                "connect() of {}, sending {}",
                rust_type(&ws.message),
                rust_type(send)
            ),
            None => format!("connect() of {}", rust_type(&ws.message)),
        }),
    }
}

fn type_summary(def: &TypeDef) -> TypeSummary {
    let shape = match &def.kind {
        TypeKind::Struct {
            fields, additional, ..
        } => Shape::Struct {
            fields: fields
                .iter()
                .map(|f| FieldSummary {
                    name: f.rust_name.clone(),
                    json: f.name.clone(),
                    ty: rust_type(&f.ty),
                })
                .collect(),
            additional: additional.as_ref().map(rust_type),
        },
        TypeKind::StringEnum { variants } => Shape::Enum {
            variants: (variants.iter())
                .map(|v| (v.name.clone(), v.value.clone()))
                .collect(),
        },
        TypeKind::IntEnum { values } => Shape::IntEnum {
            constants: values.clone(),
        },
        TypeKind::Union {
            discriminator,
            variants,
            ..
        } => Shape::Union {
            variants: variants
                .iter()
                .map(|(v, t)| (v.clone(), rust_type(t)))
                .collect(),
            open: discriminator.is_some(),
        },
        TypeKind::Alias(t) => Shape::Alias {
            target: rust_type(t),
        },
    };
    TypeSummary {
        name: def.name.clone(),
        shape,
    }
}

/// The enum of an operation whose success statuses carry different types.
fn success_enum(op: &Operation) -> Option<TypeSummary> {
    match &op.success {
        Success::ByStatus { name, variants } => Some(TypeSummary {
            name: name.clone(),
            shape: Shape::Union {
                variants: variants
                    .iter()
                    .map(|(_, v, _, t)| (v.clone(), rust_type(t)))
                    .collect(),
                open: false,
            },
        }),
        Success::Single { .. } => None,
    }
}

/// `[` items, one per line `]`.
fn list(items: &[String]) -> String {
    if items.is_empty() {
        return "[]".to_owned();
    }
    format!("[\n    {}\n  ]", items.join(",\n    "))
}

/// A value as one line of JSON.
fn line<T: Serialize>(value: &T) -> String {
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string(value).unwrap_or_else(|e| format!("\"{e}\""))
}
