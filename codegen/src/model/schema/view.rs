//! One flat view over `openapiv3`'s split of schemas into typed and "any" kinds, so that every
//! rule about a schema is written once.

use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::SRef;

/// One flat view over openapiv3's `Type`/`Any` split.
#[derive(Default)]
pub(super) struct View<'s> {
    pub typ: Option<&'s str>,
    pub format: Option<String>,
    pub properties: Vec<(&'s str, SRef<'s>)>,
    pub required: Vec<&'s str>,
    pub additional: Option<&'s AdditionalProperties>,
    pub items: Option<SRef<'s>>,
    pub strings: Vec<Option<String>>,
    pub integers: Vec<Option<i64>>,
    pub one_of: Vec<SRef<'s>>,
    pub any_of: Vec<SRef<'s>>,
    pub all_of: Vec<SRef<'s>>,
    pub not: bool,
}

impl<'s> View<'s> {
    /// The `oneOf` variants, else the `anyOf` ones; `None` when there are neither.
    pub fn alternatives(&self) -> Option<&[SRef<'s>]> {
        match (self.one_of.as_slice(), self.any_of.as_slice()) {
            ([], []) => None,
            ([], any_of) => Some(any_of),
            (one_of, _) => Some(one_of),
        }
    }
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

pub(super) fn view(schema: &Schema) -> View<'_> {
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
