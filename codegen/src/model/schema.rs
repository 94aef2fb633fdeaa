//! Lowering JSON schemas into [`TypeRef`]s and named [`TypeDef`]s.

use std::collections::{BTreeMap, HashMap, HashSet};

use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, OpenAPI, ReferenceOr, Schema, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::names::{Namespace, snake_name, type_name, variant_name};
use super::{Field, TypeDef, TypeKind, TypeRef};
use crate::diag::Diagnostic;
use crate::pointer;

/// A schema or a reference to one, whatever box it came in.
#[derive(Clone, Copy)]
pub(super) enum SRef<'s> {
    Ref(&'s str),
    Item(&'s Schema),
}

impl<'s> From<&'s ReferenceOr<Schema>> for SRef<'s> {
    fn from(r: &'s ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SRef::Ref(reference),
            ReferenceOr::Item(s) => SRef::Item(s),
        }
    }
}

impl<'s> From<&'s ReferenceOr<Box<Schema>>> for SRef<'s> {
    fn from(r: &'s ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SRef::Ref(reference),
            ReferenceOr::Item(s) => SRef::Item(s),
        }
    }
}

/// One flat view over openapiv3's `Type`/`Any` split.
#[derive(Default)]
struct View<'s> {
    typ: Option<&'s str>,
    format: Option<String>,
    properties: Vec<(&'s str, SRef<'s>)>,
    required: Vec<&'s str>,
    additional: Option<&'s AdditionalProperties>,
    items: Option<SRef<'s>>,
    strings: Vec<Option<String>>,
    integers: Vec<Option<i64>>,
    one_of: Vec<SRef<'s>>,
    any_of: Vec<SRef<'s>>,
    all_of: Vec<SRef<'s>>,
    not: bool,
}

fn format_name<T: serde::Serialize>(f: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match f {
        VariantOrUnknownOrEmpty::Item(v) => serde_json::to_value(v)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned)),
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

fn view(schema: &Schema) -> View<'_> {
    let mut v = View::default();
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            v.typ = Some("string");
            v.format = format_name::<StringFormat>(&s.format);
            v.strings = s.enumeration.clone();
        }
        SchemaKind::Type(Type::Integer(i)) => {
            v.typ = Some("integer");
            v.format = format_name::<IntegerFormat>(&i.format);
            v.integers = i.enumeration.clone();
        }
        SchemaKind::Type(Type::Number(n)) => {
            v.typ = Some("number");
            v.format = format_name::<NumberFormat>(&n.format);
        }
        SchemaKind::Type(Type::Boolean(_)) => v.typ = Some("boolean"),
        SchemaKind::Type(Type::Object(o)) => {
            v.typ = Some("object");
            v.properties = o
                .properties
                .iter()
                .map(|(k, s)| (k.as_str(), SRef::from(s)))
                .collect();
            v.required = o.required.iter().map(String::as_str).collect();
            v.additional = o.additional_properties.as_ref();
        }
        SchemaKind::Type(Type::Array(a)) => {
            v.typ = Some("array");
            v.items = a.items.as_ref().map(SRef::from);
        }
        SchemaKind::OneOf { one_of } => v.one_of = one_of.iter().map(SRef::from).collect(),
        SchemaKind::AnyOf { any_of } => v.any_of = any_of.iter().map(SRef::from).collect(),
        SchemaKind::AllOf { all_of } => v.all_of = all_of.iter().map(SRef::from).collect(),
        SchemaKind::Not { .. } => v.not = true,
        SchemaKind::Any(a) => {
            v.typ = a.typ.as_deref();
            v.format = a.format.clone();
            v.properties = a
                .properties
                .iter()
                .map(|(k, s)| (k.as_str(), SRef::from(s)))
                .collect();
            v.required = a.required.iter().map(String::as_str).collect();
            v.additional = a.additional_properties.as_ref();
            v.items = a.items.as_ref().map(SRef::from);
            for e in &a.enumeration {
                match e {
                    Value::String(s) => v.strings.push(Some(s.clone())),
                    Value::Number(n) if n.is_i64() => v.integers.push(n.as_i64()),
                    Value::Null => {
                        v.strings.push(None);
                        v.integers.push(None);
                    }
                    _ => {}
                }
            }
            v.one_of = a.one_of.iter().map(SRef::from).collect();
            v.any_of = a.any_of.iter().map(SRef::from).collect();
            v.all_of = a.all_of.iter().map(SRef::from).collect();
            v.not = a.not.is_some();
        }
    }
    v
}

const SCHEMA_PREFIX: &str = "#/components/schemas/";

/// Builds every type of an API.
pub(super) struct Types<'a> {
    api: &'a OpenAPI,
    /// Component key → Rust name.
    names: HashMap<&'a str, String>,
    pub defs: Vec<TypeDef>,
    pub ns: Namespace,
    pub warnings: Vec<Diagnostic>,
}

impl<'a> Types<'a> {
    pub fn new(api: &'a OpenAPI) -> Self {
        let mut ns = Namespace::with_reserved(&[
            "Option", "Result", "String", "Vec", "Box", "Value", "Map", "Error", "Client", "Bytes",
            "BTreeMap",
        ]);
        let mut names = HashMap::new();
        if let Some(components) = &api.components {
            for key in components.schemas.keys() {
                names.insert(key.as_str(), ns.claim(type_name(key)));
            }
        }
        Self {
            api,
            names,
            defs: Vec::new(),
            ns,
            warnings: Vec::new(),
        }
    }

    /// Lowers every component schema.
    pub fn components(&mut self) {
        let Some(components) = &self.api.components else {
            return;
        };
        for (key, schema) in &components.schemas {
            let name = self.names[key.as_str()].clone();
            let pointer = pointer::push("/components/schemas", key);
            match schema {
                ReferenceOr::Item(s) => self.define(name, s, &pointer),
                ReferenceOr::Reference { reference } => {
                    let target = self.type_of(SRef::Ref(reference), &name, &pointer);
                    self.defs.push(TypeDef {
                        name,
                        description: None,
                        deprecated: false,
                        kind: TypeKind::Alias(target),
                        pointer,
                    });
                }
            }
        }
    }

    fn warn(&mut self, message: String, pointer: &str) {
        self.warnings.push(Diagnostic::warning(message).at(pointer));
    }

    /// The component a local `$ref` points to (following reference chains).
    fn resolve(&self, reference: &str) -> Option<(&'a str, &'a Schema)> {
        let components = self.api.components.as_ref()?;
        let mut reference = reference.to_owned();
        let mut first_key = None;
        for _ in 0..32 {
            let key = pointer::key_under(&reference, SCHEMA_PREFIX)?;
            let (k, schema) = components.schemas.get_key_value(key.as_str())?;
            let k = *first_key.get_or_insert(k.as_str());
            match schema {
                ReferenceOr::Item(s) => return Some((k, s)),
                ReferenceOr::Reference { reference: next } => reference = next.clone(),
            }
        }
        None
    }

    fn resolve_sref(&self, s: SRef<'a>) -> Option<&'a Schema> {
        match s {
            SRef::Item(s) => Some(s),
            SRef::Ref(r) => self.resolve(r).map(|(_, s)| s),
        }
    }

    /// The Rust type for a schema; `hint` names an inline type if one must be generated. The
    /// result is `Option`-wrapped when the schema is nullable.
    pub fn type_of(&mut self, schema: SRef<'a>, hint: &str, pointer: &str) -> TypeRef {
        match schema {
            SRef::Ref(reference) => {
                let Some(key) = reference.strip_prefix(SCHEMA_PREFIX) else {
                    self.warn(
                        format!("`$ref: {reference}` is not a component schema; typed as serde_json::Value"),
                        pointer,
                    );
                    return TypeRef::Value;
                };
                let key = pointer::unescape(key);
                match self.names.get(key.as_str()) {
                    Some(name) => {
                        let nullable = self
                            .resolve(reference)
                            .is_some_and(|(_, s)| s.schema_data.nullable);
                        let ty = TypeRef::Named(name.clone());
                        if nullable { ty.optional() } else { ty }
                    }
                    None => {
                        self.warn(
                            format!("`$ref: {reference}` points to no schema; typed as serde_json::Value"),
                            pointer,
                        );
                        TypeRef::Value
                    }
                }
            }
            SRef::Item(s) => {
                let (ty, nullable) = self.inline(s, hint, pointer);
                if nullable || s.schema_data.nullable {
                    ty.optional()
                } else {
                    ty
                }
            }
        }
    }

    /// An inline schema: primitive types directly, anything needing a definition named `hint`.
    /// Returns the type and whether `null` is among its values.
    fn inline(&mut self, s: &'a Schema, hint: &str, pointer: &str) -> (TypeRef, bool) {
        let v = view(s);
        if !v.one_of.is_empty() || !v.any_of.is_empty() {
            let variants = if v.one_of.is_empty() {
                &v.any_of
            } else {
                &v.one_of
            };
            let (non_null, had_null) = self.without_null(variants);
            if non_null.len() == 1 && v.properties.is_empty() {
                let ty = self.type_of(non_null[0], hint, pointer);
                return (ty, had_null);
            }
            if non_null.is_empty() {
                return (TypeRef::Value, had_null);
            }
        } else if !v.all_of.is_empty() && v.properties.is_empty() {
            let meaningful: Vec<SRef<'a>> = v
                .all_of
                .iter()
                .copied()
                .filter(|p| !self.is_annotation_only(*p))
                .collect();
            if meaningful.len() == 1 {
                return (self.type_of(meaningful[0], hint, pointer), false);
            }
        } else if v.not {
            return (TypeRef::Value, false);
        } else {
            match v.typ {
                Some("string") => {
                    let has_null = v.strings.iter().any(Option::is_none);
                    if v.strings.iter().any(Option::is_some) {
                        let name = self.ns.claim(type_name(hint));
                        self.define(name.clone(), s, pointer);
                        return (TypeRef::Named(name), has_null);
                    }
                    return (string_type(v.format.as_deref()), has_null);
                }
                Some("integer") => {
                    let has_null = v.integers.iter().any(Option::is_none);
                    if v.integers.iter().any(Option::is_some) {
                        let name = self.ns.claim(type_name(hint));
                        self.define(name.clone(), s, pointer);
                        return (TypeRef::Named(name), has_null);
                    }
                    return (integer_type(v.format.as_deref()), false);
                }
                Some("number") => {
                    return (
                        if v.format.as_deref() == Some("float") {
                            TypeRef::F32
                        } else {
                            TypeRef::F64
                        },
                        false,
                    );
                }
                Some("boolean") => return (TypeRef::Bool, false),
                Some("null") => return (TypeRef::Value, true),
                Some("array") => {
                    let item = match v.items {
                        Some(items) => self.type_of(
                            items,
                            &format!("{hint}Item"),
                            &pointer::push(pointer, "items"),
                        ),
                        None => TypeRef::Value,
                    };
                    return (TypeRef::Vec(Box::new(item)), false);
                }
                _ => {}
            }
            if v.properties.is_empty() {
                if !v.strings.is_empty() && v.strings.iter().any(Option::is_some) {
                    let name = self.ns.claim(type_name(hint));
                    self.define(name.clone(), s, pointer);
                    return (TypeRef::Named(name), false);
                }
                if v.typ.is_none() && v.additional.is_none() {
                    // `{}`: any JSON value at all.
                    return (TypeRef::Value, false);
                }
                return (self.additional_map(v.additional, hint, pointer), false);
            }
        }
        let name = self.ns.claim(type_name(hint));
        self.define(name.clone(), s, pointer);
        (TypeRef::Named(name), false)
    }

    fn additional_map(
        &mut self,
        additional: Option<&'a AdditionalProperties>,
        hint: &str,
        pointer: &str,
    ) -> TypeRef {
        match additional {
            Some(AdditionalProperties::Schema(s)) => {
                let value = self.type_of(
                    SRef::from(s.as_ref()),
                    &format!("{hint}Value"),
                    &pointer::push(pointer, "additionalProperties"),
                );
                TypeRef::Map(Box::new(value))
            }
            _ => TypeRef::Map(Box::new(TypeRef::Value)),
        }
    }

    /// A schema with only annotations (description, nullable…) and no shape.
    fn is_annotation_only(&self, s: SRef<'a>) -> bool {
        match s {
            SRef::Ref(_) => false,
            SRef::Item(schema) => {
                let v = view(schema);
                v.typ.is_none()
                    && v.properties.is_empty()
                    && v.items.is_none()
                    && v.one_of.is_empty()
                    && v.any_of.is_empty()
                    && v.all_of.is_empty()
                    && v.strings.is_empty()
                    && v.additional.is_none()
            }
        }
    }

    fn without_null(&self, variants: &[SRef<'a>]) -> (Vec<SRef<'a>>, bool) {
        let mut out = Vec::new();
        let mut had_null = false;
        for v in variants {
            let is_null = match v {
                SRef::Item(s) => {
                    matches!(&s.schema_kind, SchemaKind::Any(a) if a.typ.as_deref() == Some("null"))
                }
                SRef::Ref(_) => false,
            };
            if is_null {
                had_null = true
            } else {
                out.push(*v)
            }
        }
        (out, had_null)
    }

    /// Defines the named type `name` from schema `s`.
    pub fn define(&mut self, name: String, s: &'a Schema, pointer: &str) {
        let description = s
            .schema_data
            .description
            .clone()
            .or_else(|| s.schema_data.title.clone());
        let deprecated = s.schema_data.deprecated;
        let v = view(s);
        let kind = if !v.one_of.is_empty() || !v.any_of.is_empty() {
            let variants = if v.one_of.is_empty() {
                v.any_of.clone()
            } else {
                v.one_of.clone()
            };
            let (non_null, had_null) = self.without_null(&variants);
            if non_null.len() == 1 {
                // `oneOf: [X, null]` is a nullable X.
                let ty = self.type_of(non_null[0], &format!("{name}Value"), pointer);
                TypeKind::Alias(if had_null { ty.optional() } else { ty })
            } else if non_null.is_empty() {
                TypeKind::Alias(TypeRef::Value)
            } else {
                self.union(&name, s, &variants, pointer)
            }
        } else if !v.all_of.is_empty() {
            let meaningful: Vec<SRef<'a>> = v
                .all_of
                .iter()
                .copied()
                .filter(|p| !self.is_annotation_only(*p))
                .collect();
            if meaningful.len() == 1 && v.properties.is_empty() {
                // `allOf: [X]` next to annotations (a description, `nullable`): X itself.
                let ty = self.type_of(meaningful[0], &format!("{name}Value"), pointer);
                TypeKind::Alias(if s.schema_data.nullable {
                    ty.optional()
                } else {
                    ty
                })
            } else {
                self.merged(&name, s, pointer)
            }
        } else if v.strings.iter().any(Option::is_some) && v.typ != Some("integer") {
            let mut ns = Namespace::with_reserved(&["Unknown"]);
            let mut seen = HashSet::new();
            let variants = v
                .strings
                .iter()
                .flatten()
                .filter(|value| seen.insert(value.as_str()))
                .map(|value| (ns.claim(variant_name(value)), value.clone()))
                .collect();
            TypeKind::StringEnum { variants }
        } else if v.integers.iter().any(Option::is_some) {
            let mut ns = Namespace::default();
            let mut seen = HashSet::new();
            let values = v
                .integers
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
        } else if !v.properties.is_empty() || v.typ == Some("object") {
            if v.properties.is_empty() {
                TypeKind::Alias(self.additional_map(v.additional, &name, pointer))
            } else {
                let props: Vec<(&'a str, SRef<'a>, bool)> = v
                    .properties
                    .iter()
                    .map(|(k, p)| (*k, *p, v.required.contains(k)))
                    .collect();
                let additional = match v.additional {
                    Some(AdditionalProperties::Schema(a)) => Some(self.type_of(
                        SRef::from(a.as_ref()),
                        &format!("{name}Value"),
                        &pointer::push(pointer, "additionalProperties"),
                    )),
                    Some(AdditionalProperties::Any(true)) => Some(TypeRef::Value),
                    _ => None,
                };
                TypeKind::Struct {
                    fields: self.fields(&name, &props, pointer),
                    additional,
                }
            }
        } else {
            // A named primitive, array or map: an alias. `inline` only calls `define` for enums,
            // objects with properties and unions, none of which reach this branch.
            let (ty, _) = self.inline(s, &format!("{name}Item"), pointer);
            TypeKind::Alias(ty)
        };
        self.defs.push(TypeDef {
            name,
            description,
            deprecated,
            kind,
            pointer: pointer.to_owned(),
        });
    }

    fn fields(
        &mut self,
        owner: &str,
        props: &[(&'a str, SRef<'a>, bool)],
        pointer: &str,
    ) -> Vec<Field> {
        let mut ns = Namespace::default();
        let mut fields = Vec::with_capacity(props.len());
        for (json, schema, required) in props {
            let rust_name = ns.claim(snake_name(json));
            let field_ptr = pointer::push(&pointer::push(pointer, "properties"), json);
            let ty = self.type_of(*schema, &format!("{owner} {json}"), &field_ptr);
            let resolved = self.resolve_sref(*schema);
            let data = resolved.map(|s| &s.schema_data);
            let ty = if *required { ty } else { ty.optional() };
            fields.push(Field {
                name: (*json).to_owned(),
                rust_name,
                ty,
                required: *required,
                description: match schema {
                    SRef::Item(s) => s
                        .schema_data
                        .description
                        .clone()
                        .or_else(|| s.schema_data.title.clone()),
                    SRef::Ref(_) => None,
                },
                deprecated: data.is_some_and(|d| d.deprecated),
                read_only: data.is_some_and(|d| d.read_only),
                write_only: data.is_some_and(|d| d.write_only),
                default: data.and_then(|d| d.default.as_ref()).map(Value::to_string),
            });
        }
        fields
    }

    /// `allOf`: the properties of every part, merged into one struct.
    fn merged(&mut self, name: &str, s: &'a Schema, pointer: &str) -> TypeKind {
        let mut props: Vec<(&'a str, SRef<'a>, bool)> = Vec::new();
        let mut additional = None;
        let mut ok = true;
        let mut seen_refs = HashSet::new();
        self.collect_all_of(s, &mut props, &mut additional, &mut ok, &mut seen_refs);
        if !ok {
            self.warn(
                format!("`allOf` of `{name}` mixes objects with other kinds; its non-object parts are left out"),
                pointer,
            );
        }
        if props.is_empty() {
            return TypeKind::Alias(TypeRef::Map(Box::new(TypeRef::Value)));
        }
        let additional = match additional {
            Some(AdditionalProperties::Schema(a)) => {
                Some(self.type_of(SRef::from(a.as_ref()), &format!("{name}Value"), pointer))
            }
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Value),
            _ => None,
        };
        TypeKind::Struct {
            fields: self.fields(name, &props, pointer),
            additional,
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

    fn union(
        &mut self,
        name: &str,
        s: &'a Schema,
        variants: &[SRef<'a>],
        pointer: &str,
    ) -> TypeKind {
        let (non_null, _) = self.without_null(variants);
        let mut ns = Namespace::with_reserved(&["Unknown"]);
        let mut out: Vec<(String, TypeRef)> = Vec::new();
        let mut keys: Vec<Option<&str>> = Vec::new();
        for (i, variant) in non_null.iter().enumerate() {
            let ty = self.type_of(
                *variant,
                &format!("{name}Variant{i}"),
                &pointer::push(pointer, &i.to_string()),
            );
            let vname = ns.claim(match &ty {
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
            });
            keys.push(match variant {
                SRef::Ref(r) => r.strip_prefix(SCHEMA_PREFIX),
                SRef::Item(_) => None,
            });
            out.push((vname, ty));
        }
        let discriminator = s.schema_data.discriminator.as_ref().map(|d| {
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
        });
        TypeKind::Union {
            discriminator,
            variants: out,
        }
    }
}

/// Strings inside JSON are text whatever their `format` (`binary` and `byte` included); raw
/// bytes only appear as whole bodies, which `build` types separately.
fn string_type(_format: Option<&str>) -> TypeRef {
    TypeRef::String
}

fn integer_type(format: Option<&str>) -> TypeRef {
    match format {
        Some("int32") => TypeRef::I32,
        Some("uint64" | "uint32") => TypeRef::U64,
        _ => TypeRef::I64,
    }
}

/// Boxes struct fields and union variants that would make a type contain itself by value.
pub(super) fn box_recursion(defs: &mut [TypeDef]) {
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
