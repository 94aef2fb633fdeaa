//! The crate's error: which error body its `Error` carries by default, which body each
//! operation's error carries, and where each body's code and message are.
//!
//! Rules, so that `?` always works in a function returning the crate's `Error`:
//! - an operation's error body is a type the crate defines (a struct, enum or union; an alias is
//!   followed to the type it names), or any JSON value: a runtime trait is implemented for each
//!   defined one, which an alias of a foreign type could not have;
//! - the crate's body is the one defined type the operations document, else any JSON value;
//! - an operation whose error responses document no body takes the crate's body.

use std::collections::HashMap;

use super::{ErrorBody, ErrorField, Errors, FieldKind, Operation, TypeDef, TypeKind, TypeRef};

/// JSON names (lower case) of a message field, most telling first.
const MESSAGE_FIELDS: &[&str] = &[
    "message",
    "reason",
    "detail",
    "error_description",
    "error_message",
    "errormessage",
    "error",
    "description",
    "title",
    "msg",
];

/// JSON names (lower case) of a code field, most telling first; `id` only when it is an integer
/// (Clever Cloud's `4004`), a text `id` names the error instance rather than its kind.
const CODE_FIELDS: &[&str] = &["code", "error_code", "errorcode", "error", "id"];

/// Settles the error body of every operation (see the module's rules) and describes the
/// crate's.
pub(super) fn crate_errors(operations: &mut [Operation], types: &[TypeDef]) -> Errors {
    let by_name: HashMap<&str, &TypeDef> = types.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut documented: Vec<TypeRef> = Vec::new();
    for op in operations.iter_mut() {
        op.error_type = defined(
            std::mem::replace(&mut op.error_type, TypeRef::Unit),
            &by_name,
        );
        if op.error_type != TypeRef::Unit && !documented.contains(&op.error_type) {
            documented.push(op.error_type.clone());
        }
    }
    let body = match documented.as_slice() {
        [one] => one.clone(),
        _ => TypeRef::Value,
    };
    for op in operations.iter_mut() {
        if op.error_type == TypeRef::Unit {
            op.error_type = body.clone();
        }
    }
    let shared = operations.iter().all(|op| op.error_type == body);
    let mut bodies: Vec<ErrorBody> = Vec::new();
    for op in operations.iter() {
        if let TypeRef::Named(name) = &op.error_type {
            if !bodies.iter().any(|b| &b.name == name) {
                bodies.push(error_body(name, &by_name));
            }
        }
    }
    Errors {
        body,
        shared,
        bodies,
    }
}

/// `ty` as a type the crate defines (aliases followed), `Unit` as it is (no documented body),
/// anything else as any JSON value.
fn defined(ty: TypeRef, by_name: &HashMap<&str, &TypeDef>) -> TypeRef {
    let mut ty = ty;
    // Aliases cannot loop (each names an earlier or another type), but stay bounded anyway.
    for _ in 0..by_name.len() + 1 {
        let TypeRef::Named(name) = &ty else {
            return match ty {
                TypeRef::Unit => TypeRef::Unit,
                _ => TypeRef::Value,
            };
        };
        match by_name.get(name.as_str()).map(|t| &t.kind) {
            Some(TypeKind::Alias(target)) => ty = target.clone(),
            Some(_) => return ty,
            None => return TypeRef::Value,
        }
    }
    TypeRef::Value
}

/// The code and message fields of the error body `name` (a struct's; other kinds have none).
fn error_body(name: &str, by_name: &HashMap<&str, &TypeDef>) -> ErrorBody {
    let fields = match by_name.get(name).map(|t| &t.kind) {
        Some(TypeKind::Struct { fields, .. }) => fields.as_slice(),
        _ => &[],
    };
    // (JSON name in lower case, how it reads)
    let readable: Vec<(String, ErrorField)> = fields
        .iter()
        .filter_map(|f| {
            let (kind, optional) = field_kind(&f.ty, by_name)?;
            let field = ErrorField {
                field: f.rust_name.clone(),
                kind,
                optional,
            };
            Some((f.name.to_ascii_lowercase(), field))
        })
        .collect();
    let first = |wanted: &[&str], fits: &dyn Fn(&str, &ErrorField) -> bool| {
        wanted.iter().find_map(|w| {
            readable
                .iter()
                .find(|(json, f)| json == w && fits(json, f))
                .map(|(_, f)| f.clone())
        })
    };
    let message = first(MESSAGE_FIELDS, &|_, f| f.kind == FieldKind::Text);
    let taken = message.as_ref().map(|m| m.field.clone());
    let code = first(CODE_FIELDS, &|json, f| {
        Some(&f.field) != taken.as_ref() && (json != "id" || f.kind == FieldKind::Integer)
    });
    ErrorBody {
        name: name.to_owned(),
        code,
        message,
    }
}

/// How a field of type `ty` reads as text, and whether it is optional; `None` when it cannot.
fn field_kind(ty: &TypeRef, by_name: &HashMap<&str, &TypeDef>) -> Option<(FieldKind, bool)> {
    let (inner, optional) = match ty {
        TypeRef::Option(inner) => (inner.as_ref(), true),
        other => (other, false),
    };
    let kind = match inner {
        TypeRef::String => FieldKind::Text,
        TypeRef::I32 | TypeRef::I64 | TypeRef::U64 => FieldKind::Integer,
        TypeRef::Named(name) => match by_name.get(name.as_str()).map(|t| &t.kind) {
            Some(TypeKind::StringEnum { .. }) => FieldKind::Enum,
            Some(TypeKind::Alias(TypeRef::String)) => FieldKind::Text,
            _ => return None,
        },
        _ => return None,
    };
    Some((kind, optional))
}
