//! The bounds a schema puts on its values (`minimum`, `maxLength`, `pattern`, …), kept so that
//! the docs of the field or parameter can state them. The generated code does not enforce them:
//! the server does.

use openapiv3::{Schema, SchemaKind, Type};

use super::{SRef, Types};
use crate::model::Bound;

impl<'a> Types<'a> {
    /// The bounds of a schema (following a `$ref`), in a fixed order.
    pub fn bounds_of(&self, schema: SRef<'a>) -> Vec<Bound> {
        self.resolve_sref(schema).map(bounds).unwrap_or_default()
    }
}

/// What one schema's keywords say, read from whichever of openapiv3's kinds holds them.
#[derive(Default)]
struct Keywords<'s> {
    minimum: Option<String>,
    maximum: Option<String>,
    exclusive_minimum: bool,
    exclusive_maximum: bool,
    multiple_of: Option<String>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    pattern: Option<&'s str>,
    min_items: Option<usize>,
    max_items: Option<usize>,
}

fn keywords(schema: &Schema) -> Keywords<'_> {
    let number = |n: f64| n.to_string();
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => Keywords {
            min_length: s.min_length,
            max_length: s.max_length,
            pattern: s.pattern.as_deref(),
            ..Keywords::default()
        },
        SchemaKind::Type(Type::Number(n)) => Keywords {
            minimum: n.minimum.map(number),
            maximum: n.maximum.map(number),
            exclusive_minimum: n.exclusive_minimum,
            exclusive_maximum: n.exclusive_maximum,
            multiple_of: n.multiple_of.map(number),
            ..Keywords::default()
        },
        SchemaKind::Type(Type::Integer(i)) => Keywords {
            minimum: i.minimum.map(|v| v.to_string()),
            maximum: i.maximum.map(|v| v.to_string()),
            exclusive_minimum: i.exclusive_minimum,
            exclusive_maximum: i.exclusive_maximum,
            multiple_of: i.multiple_of.map(|v| v.to_string()),
            ..Keywords::default()
        },
        SchemaKind::Type(Type::Array(a)) => Keywords {
            min_items: a.min_items,
            max_items: a.max_items,
            ..Keywords::default()
        },
        SchemaKind::Any(a) => Keywords {
            minimum: a.minimum.map(number),
            maximum: a.maximum.map(number),
            exclusive_minimum: a.exclusive_minimum.unwrap_or(false),
            exclusive_maximum: a.exclusive_maximum.unwrap_or(false),
            multiple_of: a.multiple_of.map(number),
            min_length: a.min_length,
            max_length: a.max_length,
            pattern: a.pattern.as_deref(),
            min_items: a.min_items,
            max_items: a.max_items,
        },
        SchemaKind::Type(Type::Object(_) | Type::Boolean(_))
        | SchemaKind::OneOf { .. }
        | SchemaKind::AllOf { .. }
        | SchemaKind::AnyOf { .. }
        | SchemaKind::Not { .. } => Keywords::default(),
    }
}

/// The bounds of one schema: minimum, maximum, multiple, lengths, pattern, item counts.
fn bounds(schema: &Schema) -> Vec<Bound> {
    let k = keywords(schema);
    let mut out = Vec::new();
    if let Some(value) = k.minimum {
        out.push(Bound::Minimum {
            value,
            exclusive: k.exclusive_minimum,
        });
    }
    if let Some(value) = k.maximum {
        out.push(Bound::Maximum {
            value,
            exclusive: k.exclusive_maximum,
        });
    }
    out.extend(k.multiple_of.map(Bound::MultipleOf));
    out.extend(k.min_length.map(Bound::MinLength));
    out.extend(k.max_length.map(Bound::MaxLength));
    out.extend(k.pattern.map(|p| Bound::Pattern(p.to_owned())));
    out.extend(k.min_items.map(Bound::MinItems));
    out.extend(k.max_items.map(Bound::MaxItems));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds_of(json: &str) -> Vec<Bound> {
        bounds(&serde_json::from_str::<Schema>(json).unwrap())
    }

    #[test]
    fn each_kind_of_schema_keeps_its_bounds() {
        assert_eq!(
            bounds_of(
                r#"{"type":"integer","minimum":1,"maximum":10,"exclusiveMaximum":true,"multipleOf":2}"#
            ),
            [
                Bound::Minimum {
                    value: "1".into(),
                    exclusive: false
                },
                Bound::Maximum {
                    value: "10".into(),
                    exclusive: true
                },
                Bound::MultipleOf("2".into()),
            ]
        );
        assert_eq!(
            bounds_of(r#"{"type":"number","minimum":0.5,"exclusiveMinimum":true}"#),
            [Bound::Minimum {
                value: "0.5".into(),
                exclusive: true
            }]
        );
        assert_eq!(
            bounds_of(r#"{"type":"string","minLength":3,"maxLength":64,"pattern":"^[a-z]+$"}"#),
            [
                Bound::MinLength(3),
                Bound::MaxLength(64),
                Bound::Pattern("^[a-z]+$".into()),
            ]
        );
        assert_eq!(
            bounds_of(r#"{"type":"array","items":{},"minItems":1,"maxItems":5}"#),
            [Bound::MinItems(1), Bound::MaxItems(5)]
        );
        // No `type`: openapiv3's "any" kind holds the keywords.
        assert_eq!(
            bounds_of(r#"{"maximum":1e20,"maxLength":2}"#),
            [
                Bound::Maximum {
                    value: "100000000000000000000".into(),
                    exclusive: false
                },
                Bound::MaxLength(2),
            ]
        );
        assert!(bounds_of(r#"{"type":"object"}"#).is_empty());
    }
}
