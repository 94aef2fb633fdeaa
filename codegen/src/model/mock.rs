//! What the mock module (behind a generated crate's `mock` feature) writes each operation's
//! expectation in, decided here so that the emitter only prints.

use super::{Api, BodyKind, CallKind, Operation, Success, TypeRef};

/// The four types of an operation's expectation, `When<body, success, error, item>`; `None`
/// is `()`.
#[derive(Debug, Clone, Copy)]
pub struct MockTypes<'a> {
    /// The request body, when it is JSON or a form (other bodies are not checked by type).
    pub body: Option<&'a TypeRef>,
    /// What a success answers; any JSON where the type depends on the status.
    pub success: &'a TypeRef,
    /// The error body.
    pub error: &'a TypeRef,
    /// A page's item, or a stream's message.
    pub item: Option<&'a TypeRef>,
}

/// The success of an operation whose type depends on the status.
static ANY_JSON: TypeRef = TypeRef::Value;

impl Operation {
    /// The types its mock expectation is written in.
    pub fn mock_types(&self) -> MockTypes<'_> {
        let body = self
            .body
            .as_ref()
            .filter(|b| {
                matches!(
                    b.kind,
                    BodyKind::Json | BodyKind::JsonOrForm | BodyKind::Form
                )
            })
            .map(|b| &b.ty);
        let success = match &self.success {
            Success::Single { ty, .. } => ty,
            Success::ByStatus { .. } => &ANY_JSON,
        };
        let item = match &self.kind {
            CallKind::Paginated { item, .. } => Some(item),
            CallKind::Events(events) => Some(&events.message),
            CallKind::WebSocket(ws) => Some(&ws.message),
            CallKind::Request | CallKind::Download => None,
        };
        MockTypes {
            body,
            success,
            error: &self.error_type,
            item,
        }
    }
}

impl MockTypes<'_> {
    /// Whether one of them is, or holds, one of the crate's named types.
    pub fn name_a_type(&self) -> bool {
        [self.body, Some(self.success), Some(self.error), self.item]
            .into_iter()
            .flatten()
            .any(reaches_named)
    }
}

impl Api {
    /// Whether the mock module names one of the crate's own types, and so declares the short
    /// alias for them (a crate whose operations take and return only strings, numbers and maps
    /// would otherwise warn of an unused import).
    pub fn mock_names_types(&self) -> bool {
        self.operations
            .iter()
            .any(|op| op.mock_types().name_a_type())
    }
}

/// Whether `t` is a named type or holds one (through `Vec`, maps, `Option`, `Box`).
fn reaches_named(t: &TypeRef) -> bool {
    match t {
        TypeRef::Named(_) => true,
        other => other.wrapped().is_some_and(reaches_named),
    }
}
