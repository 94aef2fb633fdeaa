//! Named types: what kind of type a schema defines (struct, enum, union, alias) and its fields.

use openapiv3::{AdditionalProperties, Schema};
use serde_json::Value;

use super::enums::int_enum;
use super::view::{View, view};
use super::{SRef, Types};
use crate::diag::Kind;
use crate::model::context::described;
use crate::model::names::{
    ADDITIONAL_PROPERTIES, Namespace, fallback_warning, field_hint, has_name, secret_name,
    snake_name, type_name,
};
use crate::model::{Field, TypeDef, TypeKind, TypeRef};
use crate::pointer;

impl<'a> Types<'a> {
    /// Defines the named type `name` from schema `s`.
    pub fn define(&mut self, name: String, s: &'a Schema, pointer: &str) {
        let kind = self.kind(&name, s, pointer);
        let own = (s.schema_data.description.as_ref()).or(s.schema_data.title.as_ref());
        self.defs.push(TypeDef {
            name,
            description: own.cloned(),
            deprecated: s.schema_data.deprecated,
            kind,
            pointer: pointer.to_owned(),
            features: Vec::new(),
        });
    }

    /// The kind of type `s` defines.
    fn kind(&mut self, name: &str, s: &'a Schema, pointer: &str) -> TypeKind {
        let v = view(s);
        if let Some(variants) = v.alternatives() {
            return self.one_of(name, s, variants, pointer);
        }
        if !v.all_of.is_empty() {
            self.all_of(name, s, &v, pointer)
        } else if v.strings.iter().any(Option::is_some) && v.typ != Some("integer") {
            let values: Vec<_> = v
                .strings
                .iter()
                .map(|value| (value.clone(), None))
                .collect();
            self.string_enum(&values, pointer)
        } else if v.integers.iter().any(Option::is_some) {
            int_enum(&v.integers)
        } else if !v.properties.is_empty() || v.typ == Some("object") {
            self.object(name, &v, pointer)
        } else {
            // A named primitive, array or map: an alias. `inline` only calls `define` for enums,
            // objects with properties and unions, none of which reach this branch.
            let (ty, _) = self.inline(s, &format!("{name}Item"), pointer);
            TypeKind::Alias(ty)
        }
    }

    /// An object: a struct of its properties, or a map when it has none.
    fn object(&mut self, name: &str, v: &View<'a>, pointer: &str) -> TypeKind {
        let omit = self.omit.take();
        if v.properties.is_empty() {
            return TypeKind::Alias(self.additional_map(v.additional, name, pointer));
        }
        let props: Vec<(&'a str, SRef<'a>, bool)> = (v.properties.iter())
            .filter(|(k, _)| Some(*k) != omit)
            .map(|(k, p)| (*k, *p, v.required.contains(k)))
            .collect();
        let additional = self.additional_field(
            v.additional,
            name,
            &pointer::push(pointer, "additionalProperties"),
        );
        TypeKind::Struct {
            fields: self.fields(name, &props, pointer),
            additional,
            constructor: None,
        }
    }

    /// The value type of the map a struct flattens its other properties into, if it keeps them.
    pub(super) fn additional_field(
        &mut self,
        additional: Option<&'a AdditionalProperties>,
        owner: &str,
        pointer: &str,
    ) -> Option<TypeRef> {
        match additional {
            Some(AdditionalProperties::Schema(a)) => {
                Some(self.type_of(SRef::from(a.as_ref()), &format!("{owner}Value"), pointer))
            }
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Value),
            Some(AdditionalProperties::Any(false)) | None => None,
        }
    }

    /// What an inline type in field `json` of `owner` is named after: the two joined without the
    /// words they share, unless that name is taken already.
    fn field_hint(&self, owner: &str, json: &str) -> String {
        let short = field_hint(owner, json);
        if self.ns.contains(&type_name(&short)) {
            format!("{owner} {json}")
        } else {
            short
        }
    }

    pub(super) fn fields(
        &mut self,
        owner: &str,
        props: &[(&'a str, SRef<'a>, bool)],
        pointer: &str,
    ) -> Vec<Field> {
        let mut ns = Namespace::with_reserved(&[ADDITIONAL_PROPERTIES]);
        let mut fields = Vec::with_capacity(props.len());
        for (json, schema, required) in props {
            let rust_name = ns.claim(snake_name(json));
            let field_ptr = pointer::push(&pointer::push(pointer, "properties"), json);
            if !has_name(json) {
                self.warn(
                    Kind::Renamed,
                    fallback_warning("property", json, &rust_name),
                    &field_ptr,
                );
            }
            let ty = self.type_of(*schema, &self.field_hint(owner, json), &field_ptr);
            let resolved = self.resolve_sref(*schema);
            let data = resolved.map(|s| &s.schema_data);
            let ty = if *required { ty } else { ty.optional() };
            let sensitive = self.sensitive(json, &ty, resolved, &field_ptr);
            fields.push(Field {
                name: (*json).to_owned(),
                rust_name,
                ty,
                required: *required,
                description: match schema {
                    SRef::Item(s) => described(s.schema_data.description.as_ref())
                        .or_else(|| described(s.schema_data.title.as_ref())),
                    SRef::Ref(_) => None,
                },
                deprecated: data.is_some_and(|d| d.deprecated),
                read_only: data.is_some_and(|d| d.read_only),
                write_only: data.is_some_and(|d| d.write_only),
                default: data.and_then(|d| d.default.as_ref()).map(Value::to_string),
                sensitive,
                bounds: self.bounds_of(*schema),
            });
        }
        fields
    }

    /// Whether a field holds a credential ([`Field::sensitive`]): `x-sensitive: true|false` on
    /// its schema decides; else `format: password`; else its name ([`secret_name`]), unless it
    /// holds a flag or a number (`has_password`).
    fn sensitive(
        &mut self,
        json: &str,
        ty: &TypeRef,
        schema: Option<&'a Schema>,
        pointer: &str,
    ) -> bool {
        match schema.and_then(|s| s.schema_data.extensions.get("x-sensitive")) {
            Some(Value::Bool(marked)) => return *marked,
            Some(_) => self.warn(
                Kind::Extension,
                "`x-sensitive` is not `true` or `false`; ignored".to_owned(),
                &pointer::push(pointer, "x-sensitive"),
            ),
            None => {}
        }
        let password = schema.is_some_and(|s| view(s).format.as_deref() == Some("password"));
        password || (secret_name(json) && holds_text(ty))
    }
}

/// Whether a value of this type is text or structured data rather than a flag, a number, a date
/// or an address (a UUID can be a key, so it counts as text).
fn holds_text(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Option(inner)
        | TypeRef::Vec(inner)
        | TypeRef::Map(inner)
        | TypeRef::Boxed(inner) => holds_text(inner),
        TypeRef::Bool
        | TypeRef::I32
        | TypeRef::I64
        | TypeRef::U64
        | TypeRef::F32
        | TypeRef::F64
        | TypeRef::DateTime
        | TypeRef::Date
        | TypeRef::Ipv4
        | TypeRef::Ipv6
        | TypeRef::IpAddr
        | TypeRef::Unit => false,
        TypeRef::Named(_) | TypeRef::String | TypeRef::Uuid | TypeRef::Value | TypeRef::Bytes => {
            true
        }
    }
}
