//! Inputs: the structs a request sends get a [`Constructor`]. Roots are what a caller passes (a
//! request body, a parameter, a websocket message); every named type reachable from them is an
//! input too.

use std::collections::HashMap;

use crate::model::names::{Namespace, setter_name};
use crate::model::{CallKind, Constructor, Field, Operation, TypeDef, TypeKind, TypeRef};

/// Gives every input struct its constructor.
pub(in crate::model) fn add_constructors(defs: &mut [TypeDef], operations: &[Operation]) {
    let index: HashMap<&str, usize> = defs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.name.as_str(), i))
        .collect();
    let mut stack: Vec<&str> = Vec::new();
    for ty in operations.iter().flat_map(caller_types) {
        names_in(ty, &mut stack);
    }
    let mut input = vec![false; defs.len()];
    while let Some(name) = stack.pop() {
        let Some(&i) = index.get(name) else { continue };
        if std::mem::replace(&mut input[i], true) {
            continue;
        }
        for ty in contained(&defs[i].kind) {
            names_in(ty, &mut stack);
        }
    }
    let constructors: Vec<Option<Constructor>> = defs
        .iter()
        .zip(&input)
        .map(|(def, &input)| match &def.kind {
            TypeKind::Struct { fields, .. } if input => Some(constructor(fields)),
            _ => None,
        })
        .collect();
    for (def, made) in defs.iter_mut().zip(constructors) {
        if let TypeKind::Struct { constructor, .. } = &mut def.kind {
            *constructor = made;
        }
    }
}

/// `new` takes the fields a value must have; each other field gets a setter.
fn constructor(fields: &[Field]) -> Constructor {
    let mut names = Namespace::default();
    let mut arguments = Vec::new();
    let mut setters = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        if field.ty.is_option() {
            setters.push((i, names.claim(setter_name(&field.rust_name))));
        } else {
            arguments.push(i);
        }
    }
    Constructor { arguments, setters }
}

/// The types a caller hands an operation.
fn caller_types(op: &Operation) -> Vec<&TypeRef> {
    let mut out: Vec<&TypeRef> = op.params.iter().map(|p| &p.ty).collect();
    out.extend(op.body.iter().map(|b| &b.ty));
    match &op.kind {
        CallKind::WebSocket(ws) => out.extend(ws.send.iter()),
        CallKind::Request
        | CallKind::Paginated { .. }
        | CallKind::Download
        | CallKind::Events(_) => {}
    }
    out
}

/// The types a named type holds.
fn contained(kind: &TypeKind) -> Vec<&TypeRef> {
    match kind {
        TypeKind::Struct {
            fields, additional, ..
        } => fields.iter().map(|f| &f.ty).chain(additional).collect(),
        TypeKind::Union { variants, .. } => variants.iter().map(|(_, t)| t).collect(),
        TypeKind::Alias(t) => vec![t],
        TypeKind::StringEnum { .. } | TypeKind::IntEnum { .. } => Vec::new(),
    }
}

/// Every named type in `ty`, however deep.
fn names_in<'t>(ty: &'t TypeRef, out: &mut Vec<&'t str>) {
    if let TypeRef::Named(n) = ty {
        out.push(n);
    } else if let Some(inner) = ty.wrapped() {
        names_in(inner, out);
    }
}
