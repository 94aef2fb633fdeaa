//! The text writer (`text.rs`) against the token path (`types.rs`) it stands in for: every item
//! it writes is what prettyplease prints from the tokens, on both sides of each of its limits.

use proc_macro2::TokenStream;

use super::text::*;
use super::types;
use crate::model::{Constructor, EnumVariant, Field, TypeDef, TypeKind, TypeRef};

/// What the token path prints for `tokens`.
fn printed(tokens: TokenStream) -> String {
    prettyplease::unparse(&syn::parse2(tokens).expect("the token path parses"))
}

fn field(name: &str, ty: TypeRef) -> Field {
    Field {
        name: format!("{name}-json"),
        rust_name: name.to_owned(),
        required: !ty.is_option(),
        ty,
        description: None,
        deprecated: false,
        read_only: false,
        write_only: false,
        default: None,
        sensitive: false,
        bounds: Vec::new(),
    }
}

/// Structs of one to four fields whose names grow a letter at a time, so that every line
/// the writer decides crosses prettyplease's limits, of each kind of field.
fn structs() -> Vec<(String, Vec<Field>)> {
    let kinds = [
        TypeRef::String,
        TypeRef::Option(Box::new(TypeRef::String)),
        TypeRef::Named("Thing".into()),
        TypeRef::Option(Box::new(TypeRef::Vec(Box::new(TypeRef::Named(
            "Item".into(),
        ))))),
        TypeRef::Boxed(Box::new(TypeRef::Named("Node".into()))),
        TypeRef::Option(Box::new(TypeRef::Boxed(Box::new(TypeRef::Named(
            "N".into(),
        ))))),
        TypeRef::Map(Box::new(TypeRef::DateTime)),
        TypeRef::I64,
    ];
    let mut out = Vec::new();
    for len in 1..=30 {
        for count in 1..=4 {
            let fields = (0..count)
                .map(|i| {
                    let name = format!("f{i}_{}", "x".repeat(len));
                    field(&name, kinds[(len + i) % kinds.len()].clone())
                })
                .collect();
            out.push((format!("T{}", "y".repeat(len * count % 40)), fields));
        }
    }
    out
}

fn constructor(fields: &[Field]) -> Constructor {
    let arguments = (0..fields.len())
        .filter(|&i| !fields[i].ty.is_option())
        .collect();
    let setters = (0..fields.len())
        .filter(|&i| fields[i].ty.is_option())
        .map(|i| (i, format!("with_{}", fields[i].rust_name)))
        .collect();
    Constructor { arguments, setters }
}

/// How `from_map` lays out `Fields::new(map, &[names…])`: 0 on one line, 1 with the arguments
/// one a line, 2 with the names one a line too.
fn reader_layout(from_map: &str) -> u8 {
    if from_map.contains("Fields::new(map, &[") {
        0
    } else if from_map.contains("map,\n            &[\n") {
        2
    } else {
        1
    }
}

#[test]
fn the_deserialize_text_is_what_prettyplease_prints() {
    let (mut written, mut layouts) = (0, std::collections::BTreeSet::new());
    for (name, fields) in structs() {
        for additional in [false, true] {
            let Some([from_map, deserialize]) = struct_deserialize(&name, &fields, additional)
            else {
                continue;
            };
            let tokens = types::struct_deserialize(&name, &fields, additional);
            assert_eq!(
                from_map.clone() + &deserialize,
                printed(tokens),
                "{name} {fields:?}"
            );
            written += 1;
            layouts.insert(reader_layout(&from_map));
        }
    }
    // Most of them are written as text, not left to the token path, and the reader's line is
    // seen in each of its three layouts.
    assert!(written > 40, "{written}");
    assert_eq!(layouts.into_iter().collect::<Vec<_>>(), [0, 1, 2]);
}

#[test]
fn the_serialize_text_is_what_prettyplease_prints() {
    let (mut written, mut broken, mut counted) = (0, 0, 0);
    let mut names = structs();
    // Type names long enough to break the call that starts the struct.
    names.extend(
        structs()
            .into_iter()
            .map(|(name, fields)| (name.repeat(3), fields)),
    );
    for (name, mut fields) in names {
        for additional in [false, true] {
            for required in [false, true] {
                // A required field that may be null is written, not skipped.
                fields.iter_mut().for_each(|f| f.required = required);
                let Some(text) = struct_serialize(&name, &fields, additional) else {
                    continue;
                };
                let tokens = types::struct_serialize(&name, &fields, additional);
                assert_eq!(text, printed(tokens), "{name} {fields:?}");
                written += 1;
                broken += usize::from(text.contains("Struct::new(\n"));
                counted += usize::from(text.contains("len += self."));
            }
        }
    }
    assert!(written > 100, "{written}");
    // Both layouts of the call, and lengths counted, were compared.
    assert!(broken > 10 && counted > 10, "{broken} {counted}");
}

#[test]
fn the_constructor_text_is_what_prettyplease_prints() {
    let mut written = 0;
    for (name, fields) in structs() {
        let c = constructor(&fields);
        for additional in [false, true] {
            let doc = types::constructor_doc(&c);
            let Some(text) = constructor_impl(&name, &fields, additional, &c, doc) else {
                continue;
            };
            let tokens = types::constructor_impl(&name, &fields, additional, &c);
            assert_eq!(text, printed(tokens), "{name} {fields:?}");
            written += 1;
        }
    }
    assert!(written > 40, "{written}");
}

#[test]
fn the_string_enum_text_is_what_prettyplease_prints() {
    let mut written = 0;
    for len in 1..=60 {
        for count in 1..=3 {
            let name = format!("E{}", "e".repeat(len % 45));
            let variants: Vec<EnumVariant> = (0..count)
                .map(|i| EnumVariant {
                    name: format!("V{i}{}", "v".repeat(len)),
                    value: format!("{i}\"{len}"),
                    description: None,
                })
                .collect();
            let Some(impls) = string_enum_impls(&name, &variants) else {
                continue;
            };
            let tokens = types::string_enum_impls(&types::ident(&name), &variants);
            assert_eq!(impls.concat(), printed(tokens), "{name} {variants:?}");
            written += 1;
        }
    }
    assert!(written > 100, "{written}");
}

#[test]
fn the_struct_text_is_what_prettyplease_prints() {
    let descriptions = [
        None,
        Some("One line."),
        Some("Two  \nlines, trailing spaces\n\n\tand a tab, \"quotes\", \\ and ünïcode */ /* `x`"),
        Some("/ starts with a slash\r\nand a CRLF"),
    ];
    let mut written = 0;
    for (name, mut fields) in structs() {
        for (k, description) in descriptions.iter().enumerate() {
            let mut def = TypeDef {
                name: name.clone(),
                description: description.map(str::to_owned),
                deprecated: k % 2 == 1,
                kind: TypeKind::Alias(TypeRef::Unit),
                pointer: String::new(),
                features: Vec::new(),
            };
            for (i, f) in fields.iter_mut().enumerate() {
                f.description = descriptions[(i + k) % descriptions.len()].map(str::to_owned);
                f.read_only = k == 2;
                f.default = (k == 3).then(|| "\"x\"".to_owned());
                if (i + k) % 3 == 0 {
                    f.name = f.rust_name.clone();
                }
            }
            let additional = (k % 2 == 0).then_some(TypeRef::Value);
            let doc = types::type_doc_lines(&def);
            let docs: Vec<Vec<String>> = fields.iter().map(types::field_doc_lines).collect();
            let Some((head, body)) = struct_def(&def, &doc, &fields, &docs, additional.as_ref())
            else {
                continue;
            };
            let doc_tokens = quote::quote! { #( #[doc = #doc] )* };
            def.deprecated = false;
            let tokens = types::struct_def(&def, doc_tokens, &fields, additional.as_ref());
            assert_eq!(head + &body, printed(tokens), "{name} {fields:?}");
            written += 1;
        }
    }
    assert!(written > 100, "{written}");
}

#[test]
fn names_that_are_not_plain_and_spec_text_are_left_to_tokens_or_escaped() {
    let fields = vec![field("a", TypeRef::String)];
    assert!(struct_deserialize("Tü", &fields, false).is_none());
    assert!(struct_deserialize("r#type", &fields, false).is_none());
    let mut quoted = field("b", TypeRef::String);
    quoted.name = "a\"b\n".into();
    let [from_map, _] = struct_deserialize("T", &[quoted.clone()], false).expect("written");
    assert!(
        from_map.contains(r#"Fields::new(map, &["a\"b\n"]);"#),
        "{from_map}"
    );
    assert!(
        from_map.contains(r#"return cloudsdk_runtime::de::missing("a\"b\n");"#),
        "{from_map}"
    );
    let tokens = types::struct_deserialize("T", &[quoted], false);
    assert!(printed(tokens).starts_with(&from_map));
}
