//! Enums: string and integer enumerations, and `oneOf`/`anyOf` unions with or without a
//! discriminator.

use std::collections::HashSet;

use openapiv3::{Discriminator, Schema};

use super::{SCHEMA_PREFIX, SRef, Types};
use crate::model::names::{
    Namespace, fallback_warning, has_variant_name, snake_name, variant_name,
};
use crate::model::{TypeKind, TypeRef};

/// An integer enum: one constant per distinct value (`V1`, `MINUS_1`).
pub(super) fn int_enum(values: &[Option<i64>]) -> TypeKind {
    let mut ns = Namespace::default();
    let mut seen = HashSet::new();
    let values = values
        .iter()
        .flatten()
        .filter(|value| seen.insert(**value))
        .map(|value| {
            let raw = if *value < 0 {
                format!("minus {}", value.unsigned_abs())
            } else {
                format!("v{value}")
            };
            (ns.claim(snake_name(&raw).to_uppercase()), *value)
        })
        .collect();
    TypeKind::IntEnum { values }
}

/// A variant's name from its type: the named type's name, else the JSON kind.
fn union_variant_name(ty: &TypeRef, i: usize) -> String {
    match ty {
        TypeRef::Named(n) => n.clone(),
        TypeRef::Option(inner) => match inner.as_ref() {
            TypeRef::Named(n) => n.clone(),
            _ => format!("Variant{i}"),
        },
        TypeRef::String => "String".into(),
        TypeRef::Bool => "Boolean".into(),
        TypeRef::I32 | TypeRef::I64 | TypeRef::U64 => "Integer".into(),
        TypeRef::F32 | TypeRef::F64 => "Number".into(),
        TypeRef::Vec(_) => "Array".into(),
        TypeRef::Map(_) => "Object".into(),
        _ => format!("Variant{i}"),
    }
}

/// The discriminator's property and (value, variant index) pairs: the spec's mapping first, then
/// each referenced variant under its component's key.
fn discriminator(d: &Discriminator, keys: &[Option<&str>]) -> (String, Vec<(String, usize)>) {
    let mut mapping: Vec<(String, usize)> = Vec::new();
    for (value, target) in &d.mapping {
        let key = target.strip_prefix(SCHEMA_PREFIX).unwrap_or(target);
        if let Some(index) = keys.iter().position(|k| *k == Some(key)) {
            mapping.push((value.clone(), index));
        }
    }
    for (index, key) in keys.iter().enumerate() {
        if let Some(key) = key {
            if !mapping.iter().any(|(_, i)| *i == index) {
                mapping.push(((*key).to_owned(), index));
            }
        }
    }
    (d.property_name.clone(), mapping)
}

impl<'a> Types<'a> {
    /// A string enum: one variant per distinct value (`Unknown` is kept for values the spec
    /// does not list); a value with nothing to name it by gets `Value` with a warning.
    pub(super) fn string_enum(&mut self, values: &[Option<String>], pointer: &str) -> TypeKind {
        let mut ns = Namespace::with_reserved(&["Unknown"]);
        let mut seen = HashSet::new();
        let mut variants = Vec::new();
        for (i, value) in values.iter().enumerate() {
            let Some(value) = value.as_ref().filter(|v| seen.insert(v.as_str())) else {
                continue;
            };
            let name = ns.claim(variant_name(value));
            if !has_variant_name(value) {
                let at =
                    crate::pointer::push(&crate::pointer::push(pointer, "enum"), &i.to_string());
                self.warn(fallback_warning("enum value", value, &name), &at);
            }
            variants.push((name, value.clone()));
        }
        TypeKind::StringEnum { variants }
    }

    /// A named `oneOf`/`anyOf`: `[X, null]` is a nullable X, only `null` any value, else a
    /// union.
    pub(super) fn one_of(
        &mut self,
        name: &str,
        s: &'a Schema,
        variants: &[SRef<'a>],
        pointer: &str,
    ) -> TypeKind {
        let (non_null, had_null) = self.without_null(variants);
        match non_null.as_slice() {
            [] => TypeKind::Alias(TypeRef::Value),
            [only] => {
                let ty = self.type_of(*only, &format!("{name}Value"), pointer);
                TypeKind::Alias(if had_null { ty.optional() } else { ty })
            }
            _ => self.union(name, s, &non_null, pointer),
        }
    }

    fn union(
        &mut self,
        name: &str,
        s: &'a Schema,
        variants: &[SRef<'a>],
        pointer: &str,
    ) -> TypeKind {
        let mut ns = Namespace::with_reserved(&["Unknown"]);
        let mut out: Vec<(String, TypeRef)> = Vec::new();
        let mut keys: Vec<Option<&str>> = Vec::new();
        for (i, variant) in variants.iter().enumerate() {
            let ty = self.type_of(
                *variant,
                &format!("{name}Variant{i}"),
                &crate::pointer::push(pointer, &i.to_string()),
            );
            out.push((ns.claim(union_variant_name(&ty, i)), ty));
            keys.push(match variant {
                SRef::Ref(r) => r.strip_prefix(SCHEMA_PREFIX),
                SRef::Item(_) => None,
            });
        }
        TypeKind::Union {
            discriminator: s
                .schema_data
                .discriminator
                .as_ref()
                .map(|d| discriminator(d, &keys)),
            variants: out,
        }
    }
}
