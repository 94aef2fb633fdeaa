//! Constructors: every struct gets a [`Constructor`], `new(required…)` plus a `with_<field>`
//! setter per optional field. Structs are `#[non_exhaustive]` (so a new field is not a breaking
//! change), which makes the constructor the only way to build one outside the crate: callers
//! build request bodies with it, and tests build the responses they fake.

use crate::model::names::{Namespace, setter_name};
use crate::model::{Constructor, Field, TypeDef, TypeKind};

/// Gives every struct its constructor.
pub(in crate::model) fn add_constructors(defs: &mut [TypeDef]) {
    for def in defs {
        if let TypeKind::Struct {
            fields,
            constructor,
            ..
        } = &mut def.kind
        {
            *constructor = Some(constructor_of(fields));
        }
    }
}

/// `new` takes the fields a value must have; each other field gets a setter.
fn constructor_of(fields: &[Field]) -> Constructor {
    let mut names = Namespace::default();
    let mut arguments = Vec::new();
    let mut setters = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        if field.ty.is_option() {
            setters.push((i, names.claim(setter_name(&field.rust_name))));
        } else {
            arguments.push(i);
        }
    }
    Constructor { arguments, setters }
}
