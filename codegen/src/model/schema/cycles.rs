//! Cycles: boxing the struct fields and union variants through which a type would contain
//! itself by value.

use std::collections::{BTreeMap, HashMap};

use crate::model::{TypeDef, TypeKind, TypeRef};

/// Boxes struct fields and union variants that would make a type contain itself by value.
pub(in crate::model) fn box_recursion(defs: &mut [TypeDef]) {
    let index: HashMap<String, usize> = defs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.name.clone(), i))
        .collect();
    // Edges through by-value positions (Option and aliases are by value; Vec and Map are not).
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); defs.len()];
    for (i, def) in defs.iter().enumerate() {
        for ty in by_value_refs(&def.kind) {
            let mut names = Vec::new();
            direct_names(ty, &mut names);
            for n in names {
                if let Some(&j) = index.get(n) {
                    edges[i].push(j);
                }
            }
        }
    }
    let reach = |from: usize, to: usize| -> bool {
        let mut stack = vec![from];
        let mut seen = vec![false; edges.len()];
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if std::mem::replace(&mut seen[n], true) {
                continue;
            }
            stack.extend(edges[n].iter().copied());
        }
        false
    };
    let mut to_box: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, def) in defs.iter().enumerate() {
        for (slot, ty) in by_value_refs(&def.kind).into_iter().enumerate() {
            let mut names = Vec::new();
            direct_names(ty, &mut names);
            if names
                .iter()
                .any(|n| index.get(*n).is_some_and(|&j| reach(j, i)))
            {
                to_box.entry(i).or_default().push(slot);
            }
        }
    }
    for (i, slots) in to_box {
        let mut slot = 0;
        match &mut defs[i].kind {
            TypeKind::Struct { fields, .. } => {
                for f in fields.iter_mut() {
                    if slots.contains(&slot) {
                        f.ty = boxed(f.ty.clone());
                    }
                    slot += 1;
                }
            }
            TypeKind::Union { variants, .. } => {
                for (_, ty) in variants.iter_mut() {
                    if slots.contains(&slot) {
                        *ty = boxed(ty.clone());
                    }
                    slot += 1;
                }
            }
            TypeKind::Alias(ty) => *ty = boxed(ty.clone()),
            _ => {}
        }
    }
}

fn boxed(ty: TypeRef) -> TypeRef {
    match ty {
        TypeRef::Option(inner) => TypeRef::Option(Box::new(boxed(*inner))),
        TypeRef::Boxed(_) => ty,
        other => TypeRef::Boxed(Box::new(other)),
    }
}

fn by_value_refs(kind: &TypeKind) -> Vec<&TypeRef> {
    match kind {
        TypeKind::Struct { fields, .. } => fields.iter().map(|f| &f.ty).collect(),
        TypeKind::Union { variants, .. } => variants.iter().map(|(_, t)| t).collect(),
        TypeKind::Alias(t) => vec![t],
        _ => Vec::new(),
    }
}

fn direct_names<'t>(ty: &'t TypeRef, out: &mut Vec<&'t str>) {
    match ty {
        TypeRef::Named(n) => out.push(n),
        TypeRef::Option(inner) => direct_names(inner, out),
        _ => {}
    }
}
