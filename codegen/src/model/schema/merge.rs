//! `allOf`: the parts of a schema merged into one struct.

use std::collections::HashSet;

use openapiv3::{AdditionalProperties, Schema};

use super::view::{View, view};
use super::{SRef, Types};
use crate::diag::Kind;
use crate::model::{TypeKind, TypeRef};

impl<'a> Types<'a> {
    /// A named `allOf`: the one part that has a shape when the others are annotations (a
    /// description, `nullable`), else the parts merged.
    pub(super) fn all_of(
        &mut self,
        name: &str,
        s: &'a Schema,
        v: &View<'a>,
        pointer: &str,
    ) -> TypeKind {
        let meaningful = self.shaped_parts(v);
        if meaningful.len() == 1 && v.properties.is_empty() {
            let ty = self.type_of(meaningful[0], &format!("{name}Value"), pointer);
            return TypeKind::Alias(if s.schema_data.nullable {
                ty.optional()
            } else {
                ty
            });
        }
        self.merged(name, s, pointer)
    }

    /// `allOf`: the properties of every part, merged into one struct.
    fn merged(&mut self, name: &str, s: &'a Schema, pointer: &str) -> TypeKind {
        let mut props: Vec<(&'a str, SRef<'a>, bool)> = Vec::new();
        let mut additional = None;
        let mut ok = true;
        let mut seen_refs = HashSet::new();
        self.collect_all_of(s, &mut props, &mut additional, &mut ok, &mut seen_refs);
        if !ok {
            self.warn(Kind::Dropped,
                format!("`allOf` of `{name}` mixes objects with other kinds; its non-object parts are left out"),
                pointer,
            );
        }
        if props.is_empty() {
            return TypeKind::Alias(TypeRef::Map(Box::new(TypeRef::Value)));
        }
        let additional = self.additional_field(additional, name, pointer);
        TypeKind::Struct {
            fields: self.fields(name, &props, pointer),
            additional,
            constructor: None,
        }
    }

    fn collect_all_of(
        &self,
        s: &'a Schema,
        props: &mut Vec<(&'a str, SRef<'a>, bool)>,
        additional: &mut Option<&'a AdditionalProperties>,
        ok: &mut bool,
        seen: &mut HashSet<*const Schema>,
    ) {
        if !seen.insert(s as *const Schema) {
            return;
        }
        let v = view(s);
        for (k, p) in &v.properties {
            let required = v.required.contains(k);
            if let Some(existing) = props.iter_mut().find(|(name, _, _)| name == k) {
                existing.2 |= required;
            } else {
                props.push((k, *p, required));
            }
        }
        for k in &v.required {
            if let Some(existing) = props.iter_mut().find(|(name, _, _)| name == k) {
                existing.2 = true;
            }
        }
        if v.additional.is_some() {
            *additional = v.additional;
        }
        for part in &v.all_of {
            match self.resolve_sref(*part) {
                Some(inner) => {
                    let iv = view(inner);
                    if iv.typ.is_some_and(|t| t != "object")
                        || !iv.one_of.is_empty()
                        || !iv.any_of.is_empty()
                    {
                        *ok = false;
                    } else {
                        self.collect_all_of(inner, props, additional, ok, seen);
                    }
                }
                None => *ok = false,
            }
        }
        // Required names listed next to `allOf` apply to merged properties.
        for k in &v.required {
            if let Some(existing) = props.iter_mut().find(|(name, _, _)| name == k) {
                existing.2 = true;
            }
        }
    }
}
