//! Lowering JSON schemas into [`TypeRef`]s and named [`TypeDef`]s, split as typify splits it:
//! this module converts a schema where it is used (`type_of`); [`define`] decides what a named
//! type is, [`merge`] folds `allOf`, [`enums`] builds enums and unions, [`cycles`] boxes what
//! would make a type contain itself, [`inputs`] gives every struct its
//! constructor; [`view`](mod@view) reads every schema the same way.

mod bounds;
mod cycles;
mod define;
mod enums;
mod inputs;
mod merge;
mod view;

use std::collections::HashMap;

use openapiv3::{AdditionalProperties, OpenAPI, ReferenceOr, Schema, SchemaKind};

use super::names::{Namespace, fallback_warning, has_name, type_name};
use super::{TypeDef, TypeKind, TypeRef};
use crate::diag::{Diagnostic, Kind};
use crate::pointer;
use view::{View, view};

pub(super) use cycles::box_recursion;
pub(super) use inputs::add_constructors;

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

const SCHEMA_PREFIX: &str = "#/components/schemas/";

/// Builds every type of an API.
pub(super) struct Types<'a> {
    api: &'a OpenAPI,
    /// Component key → Rust name.
    names: HashMap<&'a str, String>,
    pub defs: Vec<TypeDef>,
    pub ns: Namespace,
    pub warnings: Vec<Diagnostic>,
    /// A property the next object defined leaves out: an implied tag, which the union's
    /// variant states (taken by that object, so objects nested in it keep theirs).
    omit: Option<&'a str>,
}

impl<'a> Types<'a> {
    pub fn new(api: &'a OpenAPI) -> Self {
        // No reserved names: `types.rs` refers to std and runtime items by full path.
        let mut ns = Namespace::default();
        let mut names = HashMap::new();
        let mut warnings = Vec::new();
        if let Some(components) = &api.components {
            for key in components.schemas.keys() {
                let name = ns.claim(type_name(key));
                if !has_name(key) {
                    warnings.push(
                        Diagnostic::warning(Kind::Renamed, fallback_warning("schema", key, &name))
                            .at(pointer::push("/components/schemas", key)),
                    );
                }
                names.insert(key.as_str(), name);
            }
        }
        Self {
            api,
            names,
            defs: Vec::new(),
            ns,
            warnings,
            omit: None,
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
                        features: Vec::new(),
                    });
                }
            }
        }
    }

    fn warn(&mut self, kind: Kind, message: String, pointer: &str) {
        self.warnings
            .push(Diagnostic::warning(kind, message).at(pointer));
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
                    self.warn(Kind::Untyped,
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
                        self.warn(Kind::Untyped,
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
        if let Some(variants) = v.alternatives() {
            let (non_null, had_null) = self.without_null(variants);
            if non_null.len() == 1 && v.properties.is_empty() {
                let ty = self.type_of(non_null[0], hint, pointer);
                return (ty, had_null);
            }
            if non_null.is_empty() {
                return (TypeRef::Value, had_null);
            }
        } else if !v.all_of.is_empty() && v.properties.is_empty() {
            let meaningful = self.shaped_parts(&v);
            if meaningful.len() == 1 {
                return (self.type_of(meaningful[0], hint, pointer), false);
            }
        } else if v.not {
            return (TypeRef::Value, false);
        } else if let Some(found) = self.inline_shape(s, &v, hint, pointer) {
            return found;
        }
        (self.named(s, hint, pointer), false)
    }

    /// A schema with a `type` (or none, and no properties): a primitive, an array or a map
    /// directly, an enum by name. `None` for an object with properties, which needs a struct.
    fn inline_shape(
        &mut self,
        s: &'a Schema,
        v: &View<'a>,
        hint: &str,
        pointer: &str,
    ) -> Option<(TypeRef, bool)> {
        let shape = match v.typ {
            Some("string") => {
                let has_null = v.strings.iter().any(Option::is_none);
                if v.strings.iter().any(Option::is_some) {
                    (self.named(s, hint, pointer), has_null)
                } else {
                    (string_type(v.format.as_deref()), has_null)
                }
            }
            Some("integer") => {
                let has_null = v.integers.iter().any(Option::is_none);
                if v.integers.iter().any(Option::is_some) {
                    (self.named(s, hint, pointer), has_null)
                } else {
                    (integer_type(v.format.as_deref()), false)
                }
            }
            Some("number") if v.format.as_deref() == Some("float") => (TypeRef::F32, false),
            Some("number") => (TypeRef::F64, false),
            Some("boolean") => (TypeRef::Bool, false),
            Some("null") => (TypeRef::Value, true),
            Some("array") => {
                let item = match v.items {
                    Some(items) => self.type_of(
                        items,
                        &format!("{hint}Item"),
                        &pointer::push(pointer, "items"),
                    ),
                    None => TypeRef::Value,
                };
                (TypeRef::Vec(Box::new(item)), false)
            }
            _ if !v.properties.is_empty() => return None,
            _ if v.strings.iter().any(Option::is_some) => (self.named(s, hint, pointer), false),
            // `{}`: any JSON value at all.
            None if v.additional.is_none() => (TypeRef::Value, false),
            _ => (self.additional_map(v.additional, hint, pointer), false),
        };
        Some(shape)
    }

    /// A type named after `hint`, defined from `s`.
    fn named(&mut self, s: &'a Schema, hint: &str, pointer: &str) -> TypeRef {
        let name = self.ns.claim(type_name(hint));
        self.define(name.clone(), s, pointer);
        TypeRef::Named(name)
    }

    /// A map of the `additionalProperties` schema's type (any JSON values without one).
    fn additional_map(
        &mut self,
        additional: Option<&'a AdditionalProperties>,
        hint: &str,
        pointer: &str,
    ) -> TypeRef {
        let at = pointer::push(pointer, "additionalProperties");
        let value = self.additional_field(additional, hint, &at);
        TypeRef::Map(Box::new(value.unwrap_or(TypeRef::Value)))
    }

    /// The `allOf` parts that are more than annotations.
    fn shaped_parts(&self, v: &View<'a>) -> Vec<SRef<'a>> {
        v.all_of
            .iter()
            .copied()
            .filter(|p| !self.is_annotation_only(*p))
            .collect()
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
}

/// A string's Rust type by its `format`: dates, UUIDs and IP addresses get the types that parse
/// them (a value that does not parse is a decode error naming where it was); every other format
/// is text, `binary` and `byte` included: raw bytes only appear as whole bodies, which `build`
/// types separately.
fn string_type(format: Option<&str>) -> TypeRef {
    match format {
        Some("date-time") => TypeRef::DateTime,
        Some("date") => TypeRef::Date,
        Some("uuid") => TypeRef::Uuid,
        Some("ipv4") => TypeRef::Ipv4,
        Some("ipv6") => TypeRef::Ipv6,
        Some("ip") => TypeRef::IpAddr,
        _ => TypeRef::String,
    }
}

fn integer_type(format: Option<&str>) -> TypeRef {
    match format {
        Some("int32") => TypeRef::I32,
        Some("uint64" | "uint32") => TypeRef::U64,
        _ => TypeRef::I64,
    }
}
