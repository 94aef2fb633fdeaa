//! The text writer of `builders.rs`'s regular items (`text_builders.rs`) against the token path
//! (`builders.rs`) it stands in for: on both sides of each of its limits, what it writes is what
//! prettyplease prints from the tokens.

use proc_macro2::TokenStream;
use quote::quote;

use super::builders::{
    declaration_tokens, operation_tokens, sending_tokens, setter_tokens, sub_client_tokens,
};
use super::starter::starter_tokens;
use super::text_builders::*;
use crate::model::{StatusMatch, TypeRef};

/// What the token path prints for `tokens`.
fn printed(tokens: TokenStream) -> String {
    prettyplease::unparse(&syn::parse2(tokens).expect("the token path parses"))
}

fn named(name: &str) -> TypeRef {
    TypeRef::Named(name.to_owned())
}

/// Field types of every kind a builder holds, short and long.
fn types() -> Vec<TypeRef> {
    vec![
        TypeRef::String,
        TypeRef::I64,
        named("Thing"),
        TypeRef::Vec(Box::new(named("Item"))),
        TypeRef::Boxed(Box::new(named("Node"))),
        TypeRef::Map(Box::new(TypeRef::DateTime)),
        TypeRef::Vec(Box::new(TypeRef::String)),
    ]
}

fn slots(types: &[TypeRef]) -> Vec<Slot<'_>> {
    let mut slots: Vec<Slot<'_>> = types.iter().map(Slot::Model).collect();
    slots.extend([Slot::Form, Slot::Bool, Slot::Duration]);
    slots
}

/// Names from one letter to past the width of any line they appear in.
fn names() -> Vec<String> {
    (1..=80)
        .map(|len| format!("f{}", "x".repeat(len)))
        .collect()
}

#[test]
fn the_declaration_text_is_what_prettyplease_prints() {
    let types = types();
    let slots = slots(&types);
    let names = names();
    let (mut written, mut left) = (0, 0);
    // For each kind of field, its name growing to past the width, between two short ones.
    for ((i, name), slot) in names
        .iter()
        .enumerate()
        .flat_map(|n| slots.iter().map(move |s| (n, s)))
    {
        let fields: Vec<FieldSpec<'_>> = [
            (names[i % 3].as_str(), slots[i % slots.len()]),
            (name, *slot),
            ("b", Slot::Bool),
        ]
        .into_iter()
        .enumerate()
        .map(|(k, (name, slot))| FieldSpec {
            name,
            slot,
            optional: (i + k) % 2 == 0,
        })
        .collect();
        let builder = format!("B{}", "b".repeat(i % 7));
        let doc =
            format!(" Request builder for [`{name}`]; finish with [`send`]({builder}::send).");
        let clone = i % 2 == 0;
        let must_use = "a request does nothing until `.send()` is awaited";
        let tokens = declaration_tokens(&builder, &doc, must_use, clone, &fields);
        let Some((head, body)) = declaration(&builder, &doc, must_use, clone, &fields) else {
            left += 1;
            continue;
        };
        assert_eq!(head + &body, printed(tokens), "{builder} {fields:?}");
        written += 1;
    }
    // Both sides of the width: most written, the longest left to tokens.
    assert!(
        written > 300 && left > 100,
        "{written} written, {left} left"
    );
}

/// `impl` around a setter's text, as `builders.rs` puts it there.
fn in_impl(text: &str) -> String {
    format!("impl B {{\n{text}}}\n")
}

#[test]
fn the_setter_text_is_what_prettyplease_prints() {
    let types = types();
    let slots = slots(&types);
    let docs = [
        vec![],
        vec![" One line.".to_owned()],
        vec![
            " Two  ".to_owned(),
            String::new(),
            " lines, \"quoted\" `x` ü".to_owned(),
        ],
    ];
    let (mut written, mut broken, mut left) = (0, 0, 0);
    for (i, name) in names().iter().enumerate() {
        for (k, slot) in slots.iter().enumerate() {
            let param = match slot {
                Slot::Bool => None,
                Slot::Duration => Some(("interval", *slot)),
                _ => Some(("value", *slot)),
            };
            let s = SetterSpec {
                doc: docs[(i + k) % docs.len()].clone(),
                field: name,
                param,
            };
            let tokens = setter_tokens(&s);
            let Some(text) = setter(&s) else {
                left += 1;
                continue;
            };
            let expected = printed(quote! { impl B { #tokens } });
            assert_eq!(in_impl(&text), expected, "{s:?}");
            written += 1;
            broken += usize::from(text.contains("(\n"));
        }
    }
    // Parameters on one line and one a line, and the longest left to tokens.
    assert!(
        written - broken > 100 && broken > 100 && left > 50,
        "{written} {broken} {left}"
    );
}

#[test]
fn names_that_are_not_plain_are_left_to_tokens() {
    let t = TypeRef::String;
    let field = |name| FieldSpec {
        name,
        slot: Slot::Model(&t),
        optional: true,
    };
    assert!(declaration("B", " Doc.", "m", true, &[field("r#type")]).is_none());
    assert!(declaration("Bü", " Doc.", "m", true, &[field("a")]).is_none());
    assert!(declaration("B", "/ slash", "m", true, &[field("a")]).is_none());
    let raw = named("r#Type");
    let s = SetterSpec {
        doc: vec![],
        field: "a",
        param: Some(("value", Slot::Model(&raw))),
    };
    assert!(setter(&s).is_none());
    assert!(impl_head("r#B").is_none());
    assert_eq!(impl_head("B").as_deref(), Some("impl B {\n"));
}

#[test]
fn the_operation_text_is_what_prettyplease_prints() {
    let statuses = [
        StatusMatch::Code(404),
        StatusMatch::Class(5),
        StatusMatch::Default,
    ];
    let (mut written, mut left) = (0, 0);
    for len in 0..=90 {
        let path = format!("/{}", "p".repeat(len));
        let id = format!("op{}", "i".repeat(len % 5));
        let signing = format!("https://{}.example", "s".repeat(len));
        for case in 0..16 {
            let o = OperationSpec {
                id: &id,
                method: ["GET", "DELETE"][case % 2],
                path: &path,
                idempotent: case % 3 == 0,
                authenticated: case & 2 == 0,
                signing_url: (case & 4 != 0).then_some(signing.as_str()),
                errors: &statuses[..(case / 4 + len) % 4],
            };
            let tokens = operation_tokens(&o);
            let Some(text) = operation(&o) else {
                left += 1;
                continue;
            };
            assert_eq!(
                in_impl(&text),
                printed(quote! { impl B { #tokens } }),
                "{o:?}"
            );
            written += 1;
        }
    }
    // Every combination with paths and signing URLs short and past the width.
    assert!(
        written > 600 && left > 300,
        "{written} written, {left} left"
    );
}

#[test]
fn the_starter_text_is_what_prettyplease_prints() {
    let types = types();
    let slots = slots(&types);
    let names = names();
    let (mut written, mut broken, mut left) = (0, 0, 0);
    for (i, name) in names.iter().enumerate() {
        for (k, slot) in slots.iter().enumerate() {
            // Up to three arguments, the last one of each kind with a growing name.
            let mut args = vec![("a", Slot::Model(&types[1])), ("bb", Slot::Bool)];
            args.truncate(k % 3);
            args.push((name.as_str(), *slot));
            let mut inits: Vec<Init<'_>> = args
                .iter()
                .enumerate()
                .map(|(j, &(field, slot))| Init::Arg {
                    field,
                    slot,
                    some: (j + k) % 2 == 0,
                })
                .collect();
            inits.push(Init::Unset {
                field: &names[k],
                switch: k % 2 == 0,
            });
            let builder = format!("B{}", "b".repeat(k));
            let method = format!("m{}", "x".repeat((i + k) % 12));
            let s = StarterSpec {
                doc: vec![format!(" Call {i}."), String::new(), " `GET /x`".into()],
                deprecated: k % 4 == 1,
                method: &method,
                builder: &builder,
                args,
                inits,
            };
            let tokens = starter_tokens(&s, quote! { self.client });
            let Some(text) = starter(&s) else {
                left += 1;
                continue;
            };
            assert_eq!(
                in_impl(&text),
                printed(quote! { impl B { #tokens } }),
                "{s:?}"
            );
            written += 1;
            broken += usize::from(text.contains("(\n"));
        }
    }
    assert!(
        written - broken > 30 && broken > 100 && left > 100,
        "{written} {broken} {left}"
    );
}

#[test]
fn the_sub_client_text_is_what_prettyplease_prints() {
    let (mut written, mut left) = (0, 0);
    for name in names() {
        let name = format!("T{name}Api");
        let doc = vec![
            " Operations tagged `x`.".to_owned(),
            "  spaces  ".to_owned(),
        ];
        let Some((head, body)) = sub_client(&name, &doc) else {
            left += 1;
            continue;
        };
        assert_eq!(head + &body, printed(sub_client_tokens(&name, &doc)));
        written += 1;
    }
    assert!(written > 50 && left > 5, "{written} {left}");
    assert!(sub_client("r#Api", &[]).is_none());
}

/// How `send`'s and `send_with_response`'s signatures are laid out: 0 on one line, 1 with the
/// parameter on its own line, 2 with the return type's arguments one a line too.
fn signature_layouts(text: &str) -> [u8; 2] {
    let layout = |name: &str| {
        if text.contains(&format!("pub fn {name}(self) -> ")) {
            0
        } else if text.contains(&format!(
            "pub fn {name}(\n        self,\n    ) -> cloudsdk_runtime::Sending<\n"
        )) {
            2
        } else {
            1
        }
    };
    [layout("send"), layout("send_with_response")]
}

#[test]
fn the_sending_text_is_what_prettyplease_prints() {
    let (mut written, mut left) = (0, 0);
    let mut layouts = std::collections::BTreeSet::new();
    for len in 0..=70 {
        let named = format!("crate::types::T{}", "t".repeat(len));
        let outs = [
            named.clone(),
            format!("::std::vec::Vec<{named}>"),
            "()".to_owned(),
        ];
        let errors = ["crate::Error".to_owned(), format!("crate::Error<{named}>")];
        for (k, out) in outs.iter().enumerate() {
            for error in &errors {
                let decode = ["cloudsdk_runtime::decode::json", "Self::decode"][k % 2];
                let doc = " Sends the request (`GET /x`) and returns the decoded body.";
                let parse = |t: &str| t.parse::<TokenStream>().expect("lexes");
                let tokens = sending_tokens(doc, &parse(out), &parse(error), &parse(decode));
                let Some(text) = sending(doc, out, error, decode) else {
                    left += 1;
                    continue;
                };
                assert_eq!(
                    in_impl(&text),
                    printed(quote! { impl B { #tokens } }),
                    "{out} {error}"
                );
                written += 1;
                layouts.insert(signature_layouts(&text));
            }
        }
    }
    // Each signature met in each of its layouts (`send_with_response` never fits on one line),
    // and the longest left to tokens.
    for (i, fn_name, first) in [(0, "send", 0), (1, "send_with_response", 1)] {
        for layout in first..3 {
            assert!(
                layouts.iter().any(|l| l[i] == layout),
                "{fn_name} never laid out as {layout}: {layouts:?}"
            );
        }
    }
    assert!(written > 150 && left > 20, "{written} {left}");
}
