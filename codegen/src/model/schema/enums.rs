//! Enums: string and integer enumerations, and `oneOf`/`anyOf` unions with or without a
//! discriminator.

use std::collections::HashSet;

use openapiv3::{Discriminator, Schema};

use super::view::{View, view};
use super::{SCHEMA_PREFIX, SRef, Types};
use crate::diag::Kind;
use crate::model::names::{
    Namespace, fallback_warning, has_variant_name, snake_name, variant_name,
};
use crate::model::{EnumVariant, TypeKind, TypeRef};

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
        TypeRef::Uuid => "Uuid".into(),
        TypeRef::DateTime => "DateTime".into(),
        TypeRef::Date => "Date".into(),
        TypeRef::IpAddr => "IpAddr".into(),
        TypeRef::Ipv4 => "Ipv4".into(),
        TypeRef::Ipv6 => "Ipv6".into(),
        _ => format!("Variant{i}"),
    }
}

impl<'a> Types<'a> {
    /// A string enum: one variant per distinct value, with its description when it has one
    /// (`Unknown` is kept for values the spec does not list); a value with nothing to name it
    /// by gets `Value` with a warning.
    pub(super) fn string_enum(
        &mut self,
        values: &[(Option<String>, Option<&str>)],
        pointer: &str,
    ) -> TypeKind {
        let mut ns = Namespace::with_reserved(&["Unknown"]);
        let mut seen = HashSet::new();
        let mut variants = Vec::new();
        for (i, (value, description)) in values.iter().enumerate() {
            let Some(value) = value.as_ref().filter(|v| seen.insert(v.as_str())) else {
                continue;
            };
            let name = ns.claim(variant_name(value));
            if !has_variant_name(value) {
                let at =
                    crate::pointer::push(&crate::pointer::push(pointer, "enum"), &i.to_string());
                self.warn(
                    Kind::Renamed,
                    fallback_warning("enum value", value, &name),
                    &at,
                );
            }
            variants.push(EnumVariant {
                name,
                value: value.clone(),
                description: description.map(str::to_owned),
            });
        }
        TypeKind::StringEnum { variants }
    }

    /// A named `oneOf`/`anyOf`: `[X, null]` is a nullable X, only `null` any value, string enums
    /// alone one string enum (each value keeping its alternative's description), else a union.
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
            _ => match self.string_alternatives(&non_null).filter(|_| !had_null) {
                Some(values) => self.string_enum(&values, pointer),
                None => self.union(name, s, &non_null, pointer),
            },
        }
    }

    /// The values of a `oneOf`/`anyOf` whose every variant is a string enum, in order, each with
    /// its variant's description; `None` if any variant is something else (or allows `null`).
    /// OpenAPI has no description per enum value, so specs such as Oxide's list documented
    /// values as one-value enums: read as one enum, not a union of enums.
    fn string_alternatives(
        &self,
        variants: &[SRef<'a>],
    ) -> Option<Vec<(Option<String>, Option<&'a str>)>> {
        let mut out = Vec::new();
        for variant in variants {
            let s = self.resolve_sref(*variant)?;
            let v = view(s);
            let stringly = match v.typ {
                Some("string") => true,
                None => v.integers.is_empty(),
                Some(_) => false,
            };
            if !stringly || s.schema_data.nullable || v.strings.is_empty() {
                return None;
            }
            let data = &s.schema_data;
            let description = data.description.as_deref().or(data.title.as_deref());
            for value in &v.strings {
                out.push((Some(value.clone()?), description));
            }
        }
        Some(out)
    }

    /// An enum with one variant per alternative. Tagged by the spec's discriminator, or by one
    /// it implies ([`implied_tag`](Self::implied_tag)): then an inline variant and its type are
    /// named after its tag value (`DiskState::Creating(DiskStateCreating)`); untagged
    /// alternatives that are each one required property are named after it
    /// ([`sole_properties`](Self::sole_properties)).
    fn union(
        &mut self,
        name: &str,
        s: &'a Schema,
        variants: &[SRef<'a>],
        pointer: &str,
    ) -> TypeKind {
        let spec_tag = s.schema_data.discriminator.as_ref();
        let implied = spec_tag
            .is_none()
            .then(|| self.implied_tag(variants))
            .flatten();
        let labels = match &implied {
            Some((_, values)) => Some(values.clone()),
            None => self.sole_properties(variants),
        };
        let mut ns = Namespace::with_reserved(&["Unknown"]);
        let mut out: Vec<(String, TypeRef)> = Vec::new();
        let mut keys: Vec<Option<&str>> = Vec::new();
        let mut tag_written = Vec::new();
        for (i, variant) in variants.iter().enumerate() {
            let tag = labels.as_ref().map(|labels| labels[i].as_str());
            let hint = match tag {
                Some(tag) => format!("{name}{}", variant_name(tag)),
                None => format!("{name}Variant{i}"),
            };
            let at = crate::pointer::push(pointer, &i.to_string());
            let key = match variant {
                SRef::Ref(r) => r.strip_prefix(SCHEMA_PREFIX),
                SRef::Item(_) => None,
            };
            // An inline alternative's type is this union's alone: it leaves the tag out.
            if key.is_none() {
                self.omit = implied.as_ref().map(|(property, _)| *property);
            }
            let ty = self.type_of(*variant, &hint, &at);
            if self.omit.take().is_none() && key.is_none() && implied.is_some() {
                tag_written.push(i);
            }
            let variant = match (tag, key) {
                (Some(tag), None) => variant_name(tag),
                _ => union_variant_name(&ty, i),
            };
            out.push((ns.claim(variant), ty));
            keys.push(key);
        }
        let discriminator = match implied {
            Some((property, values)) => {
                Some((property.to_owned(), values.into_iter().zip(0..).collect()))
            }
            None => spec_tag.and_then(|d| self.discriminator(name, d, &keys, pointer)),
        };
        TypeKind::Union {
            discriminator,
            variants: out,
            tag_written,
        }
    }

    /// A discriminator the spec implies without naming one: a property every alternative
    /// requires, each as a one-value string enum of its own value (how Oxide writes a disk's
    /// `state`). Its name and the alternatives' values, or `None` when the alternatives are not
    /// all plain objects or no property is such a tag.
    fn implied_tag(&self, variants: &[SRef<'a>]) -> Option<(&'a str, Vec<String>)> {
        let objects: Vec<View<'a>> = variants
            .iter()
            .map(|v| self.resolve_sref(*v).map(view))
            .collect::<Option<_>>()?;
        if !objects
            .iter()
            .all(|o| o.all_of.is_empty() && o.alternatives().is_none())
        {
            return None;
        }
        objects
            .first()?
            .properties
            .iter()
            .find_map(|(property, _)| {
                let mut values: Vec<String> = Vec::new();
                for o in &objects {
                    let (_, schema) = o.properties.iter().find(|(k, _)| k == property)?;
                    let value = self
                        .one_string(*schema)
                        .filter(|_| o.required.contains(property))?;
                    if values.contains(&value) {
                        return None;
                    }
                    values.push(value);
                }
                Some((*property, values))
            })
    }

    /// The property of each alternative when each is an object of one required property and
    /// no two share it: serde's externally tagged shape (`{"if_index": 3}`), whose variants are
    /// best named after their key. `None` otherwise.
    fn sole_properties(&self, variants: &[SRef<'a>]) -> Option<Vec<String>> {
        let mut names: Vec<String> = Vec::new();
        for variant in variants {
            let v = view(self.resolve_sref(*variant)?);
            let plain = v.all_of.is_empty() && v.alternatives().is_none();
            let [(property, _)] = v.properties.as_slice() else {
                return None;
            };
            if !plain || !v.required.contains(property) || names.iter().any(|n| n == property) {
                return None;
            }
            names.push((*property).to_owned());
        }
        Some(names)
    }

    /// The value of a one-value, non-nullable string enum.
    fn one_string(&self, schema: SRef<'a>) -> Option<String> {
        let s = self.resolve_sref(schema)?;
        let v = view(s);
        let stringly = matches!(v.typ, Some("string") | None) && v.integers.is_empty();
        match v.strings.as_slice() {
            [Some(only)] if stringly && !s.schema_data.nullable => Some(only.clone()),
            _ => None,
        }
    }

    /// The discriminator's property and (value, variant index) pairs: the spec's mapping first,
    /// then each referenced variant under its component's key. A mapping entry naming no variant,
    /// and an implicit key some mapping entry already uses as its value, are left out with a
    /// warning; with no pair left, `None`: the union is read untagged.
    fn discriminator(
        &mut self,
        name: &str,
        d: &Discriminator,
        keys: &[Option<&str>],
        pointer: &str,
    ) -> Option<(String, Vec<(String, usize)>)> {
        let at = crate::pointer::push(&crate::pointer::push(pointer, "discriminator"), "mapping");
        let mut mapping: Vec<(String, usize)> = Vec::new();
        for (value, target) in &d.mapping {
            let key = target.strip_prefix(SCHEMA_PREFIX).unwrap_or(target);
            match keys.iter().position(|k| *k == Some(key)) {
                Some(index) => mapping.push((value.clone(), index)),
                None => self.warn(
                    Kind::Dropped,
                    format!(
                        "discriminator mapping `{value}` → {target} names no variant of \
                         `{name}`: it is left out"
                    ),
                    &crate::pointer::push(&at, value),
                ),
            }
        }
        for (index, key) in keys.iter().enumerate() {
            let Some(key) = key else { continue };
            if mapping.iter().any(|(_, i)| *i == index) {
                continue;
            }
            if let Some((_, other)) = mapping.iter().find(|(value, _)| value == key) {
                let other = keys[*other].unwrap_or("an inline variant");
                self.warn(
                    Kind::Repaired,
                    format!(
                        "discriminator value `{key}` is mapped to {other}: variant `{key}` of \
                         `{name}` gets no value of its own and is read as unknown"
                    ),
                    &crate::pointer::push(&at, key),
                );
                continue;
            }
            mapping.push(((*key).to_owned(), index));
        }
        if mapping.is_empty() {
            self.warn(
                Kind::Repaired,
                format!("discriminator of `{name}` maps no variant: the union is read untagged"),
                &crate::pointer::push(pointer, "discriminator"),
            );
            return None;
        }
        Some((d.property_name.clone(), mapping))
    }
}
