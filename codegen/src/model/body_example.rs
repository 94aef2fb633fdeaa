//! Choosing the README's request-body example ([`Api::body_example`](super::Api)): the first
//! plain JSON call whose body struct has a constructor and whose required values can all be
//! written as literals, preferring one that shows both `new`'s arguments and a setter.

use super::{BodyExample, BodyKind, CallKind, Operation, Sample, TypeDef, TypeKind, TypeRef};

/// The example, if some operation allows one.
pub(super) fn body_example(operations: &[Operation], types: &[TypeDef]) -> Option<BodyExample> {
    let candidates = || {
        operations
            .iter()
            .enumerate()
            .filter_map(|(i, op)| candidate(i, op, types))
    };
    candidates()
        .find(|e| !e.arguments.is_empty() && e.setter.is_some())
        .or_else(|| candidates().find(|e| e.setter.is_some()))
        .or_else(|| candidates().next())
}

/// The example for operation `index`, if it is a plain call with a constructed JSON body whose
/// required values are all literals.
fn candidate(index: usize, op: &Operation, types: &[TypeDef]) -> Option<BodyExample> {
    if op.deprecated || !matches!(op.kind, CallKind::Request) {
        return None;
    }
    let body = op.body.as_ref().filter(|b| b.required)?;
    if !matches!(body.kind, BodyKind::Json | BodyKind::JsonOrForm) {
        return None;
    }
    let TypeRef::Named(name) = &body.ty else {
        return None;
    };
    let def = types.iter().find(|t| &t.name == name)?;
    let TypeKind::Struct {
        fields,
        constructor: Some(constructor),
        ..
    } = &def.kind
    else {
        return None;
    };
    let params = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| sample(&p.ty, &p.name))
        .collect::<Option<Vec<_>>>()?;
    let arguments = constructor
        .arguments
        .iter()
        .map(|&i| fields.get(i).and_then(|f| sample(&f.ty, &f.name)))
        .collect::<Option<Vec<_>>>()?;
    let setter = constructor.setters.iter().find_map(|(i, method)| {
        let f = fields.get(*i)?;
        Some((method.clone(), sample(&f.ty.clone().required(), &f.name)?))
    });
    if arguments.is_empty() && setter.is_none() {
        return None;
    }
    Some(BodyExample {
        operation: index,
        body_type: name.clone(),
        params,
        arguments,
        setter,
    })
}

/// The literal for a value of type `ty` named `name` (a string holds its name), if it has one.
fn sample(ty: &TypeRef, name: &str) -> Option<Sample> {
    Some(match ty {
        TypeRef::String => Sample::Text(name.to_owned()),
        TypeRef::I32 | TypeRef::I64 | TypeRef::U64 => Sample::Integer,
        TypeRef::F32 | TypeRef::F64 => Sample::Number,
        TypeRef::Bool => Sample::Flag,
        _ => return None,
    })
}
