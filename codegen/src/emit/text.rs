//! The most repeated items of `types.rs` written directly as text, in the layout prettyplease
//! gives them, so that they skip the parse and print of the token path (`format.rs`): a struct's
//! written-out `Deserialize` (two impls) and its constructor and `with_` setters.
//!
//! The writer knows only what prettyplease does with these few shapes when their lines are short:
//! a function's parameters on one line or one a line, a struct literal on one line or one field
//! a line. Whenever a line comes near prettyplease's width, or a choice comes near the point where
//! prettyplease changes its mind, or a name is not a plain ASCII identifier, it gives up (`None`)
//! and the caller prints the item from tokens as before; so the output never depends on imitating
//! prettyplease's wrapping in general. The model decides what the items hold, as for the token
//! path (`types.rs`); spec text appears only as string literals, escaped by `proc_macro2` as
//! `quote!` escapes them.

use crate::model::names::{ADDITIONAL_PROPERTIES, CONSTRUCTOR};
use crate::model::{Constructor, Field, TypeRef};

/// prettyplease's line width.
const MARGIN: usize = 89;
/// prettyplease keeps a struct literal on one line only up to this width.
const STRUCT_WIDTH: usize = 34;
/// How far from either limit a width must be for the writer to be sure of prettyplease's choice.
const SLACK: usize = 4;
const INDENT: usize = 4;

/// Lines being written; `ok` turns false for good when one of them is not sure.
struct Writer {
    out: String,
    ok: bool,
}

impl Writer {
    fn new() -> Self {
        Writer {
            out: String::new(),
            ok: true,
        }
    }

    /// One line at `indent`; one that is not ASCII or comes near the margin spoils the item.
    fn line(&mut self, indent: usize, text: &str) {
        if !text.is_ascii() || indent + text.len() > MARGIN - SLACK {
            self.ok = false;
        }
        self.out.extend(std::iter::repeat_n(' ', indent));
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// A function's first line, `head(params…)tail`: on one line when it fits, else one
    /// parameter a line with a trailing comma.
    fn signature(&mut self, indent: usize, head: &str, params: &[String], tail: &str) {
        let one = format!("{head}({}){tail}", params.join(", "));
        let width = indent + one.len();
        if width <= MARGIN - SLACK {
            self.line(indent, &one);
        } else if width > MARGIN + SLACK && !params.is_empty() {
            self.line(indent, &format!("{head}("));
            for p in params {
                self.line(indent + INDENT, &format!("{p},"));
            }
            self.line(indent, &format!("){tail}"));
        } else {
            self.ok = false;
        }
    }

    /// `open` `Self { fields… }` `close`: on one line when prettyplease keeps it there, else one
    /// field a line with a trailing comma.
    fn struct_literal(&mut self, indent: usize, open: &str, fields: &[String], close: &str) {
        let inner = format!("Self {{ {} ", fields.join(", "));
        if fields.is_empty() {
            self.ok = false;
        } else if inner.len() <= STRUCT_WIDTH - SLACK {
            self.line(indent, &format!("{open}{inner}}}{close}"));
        } else if inner.len() > STRUCT_WIDTH + SLACK {
            self.line(indent, &format!("{open}Self {{"));
            for f in fields {
                self.line(indent + INDENT, &format!("{f},"));
            }
            self.line(indent, &format!("}}{close}"));
        } else {
            self.ok = false;
        }
    }

    fn finish(self) -> Option<String> {
        self.ok.then_some(self.out)
    }
}

/// A name printed as is: an ASCII identifier (no raw or non-ASCII names).
fn plain(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A string literal, escaped as `quote!` escapes it.
fn lit(text: &str) -> String {
    proc_macro2::Literal::string(text).to_string()
}

/// [`super::types::ty`] in `types.rs` (no prefix), as prettyplease prints it.
fn ty(t: &TypeRef) -> Option<String> {
    Some(match t {
        TypeRef::Named(n) => plain(n).then(|| n.clone())?,
        TypeRef::String => "::std::string::String".into(),
        TypeRef::Bool => "bool".into(),
        TypeRef::I32 => "i32".into(),
        TypeRef::I64 => "i64".into(),
        TypeRef::U64 => "u64".into(),
        TypeRef::F32 => "f32".into(),
        TypeRef::F64 => "f64".into(),
        TypeRef::DateTime => {
            "cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc>".into()
        }
        TypeRef::Date => "cloudsdk_runtime::chrono::NaiveDate".into(),
        TypeRef::Uuid => "cloudsdk_runtime::uuid::Uuid".into(),
        TypeRef::Ipv4 => "std::net::Ipv4Addr".into(),
        TypeRef::Ipv6 => "std::net::Ipv6Addr".into(),
        TypeRef::IpAddr => "std::net::IpAddr".into(),
        TypeRef::Value => "serde_json::Value".into(),
        TypeRef::Bytes => "cloudsdk_runtime::Bytes".into(),
        TypeRef::Unit => "()".into(),
        TypeRef::Vec(inner) => format!("::std::vec::Vec<{}>", ty(inner)?),
        TypeRef::Map(inner) => format!(
            "::std::collections::BTreeMap<::std::string::String, {}>",
            ty(inner)?
        ),
        TypeRef::Option(inner) => format!("::std::option::Option<{}>", ty(inner)?),
        TypeRef::Boxed(inner) => format!("::std::boxed::Box<{}>", ty(inner)?),
    })
}

/// [`super::types::arg_in`] in `types.rs`: the argument's type and its conversion.
fn arg_in(t: &TypeRef) -> Option<(String, &'static str)> {
    Some(match t {
        TypeRef::String => (
            "impl ::std::convert::Into<::std::string::String>".into(),
            ".into()",
        ),
        TypeRef::Boxed(_) => (format!("impl ::std::convert::Into<{}>", ty(t)?), ".into()"),
        other => (ty(other)?, ""),
    })
}

/// [`super::types`]' `struct_deserialize` for a struct with fields: the `FromMap` impl and the
/// `Deserialize` impl, each its own item (each gets the type's gate).
pub(super) fn struct_deserialize(
    name: &str,
    fields: &[Field],
    additional: bool,
) -> Option<[String; 2]> {
    if fields.is_empty() || !plain(name) || !fields.iter().all(|f| plain(&f.rust_name)) {
        return None;
    }
    let mut w = Writer::new();
    w.line(0, &format!("impl<'de> cloudsdk_runtime::de::FromMap<'de> for {name} {{"));
    w.line(INDENT, &format!("const NAME: &'static str = {};", lit(name)));
    w.signature(
        INDENT,
        "fn from_map<A: serde::de::MapAccess<'de>>",
        &["mut map: A".into()],
        " -> ::std::result::Result<Self, A::Error> {",
    );
    for i in 0..fields.len() {
        w.line(8, &format!("let mut v{i} = ::std::option::Option::None;"));
    }
    if additional {
        w.line(
            8,
            &format!("let mut {ADDITIONAL_PROPERTIES} = ::std::collections::BTreeMap::new();"),
        );
    }
    // Too long for one line whatever the struct: prettyplease breaks it at the method call.
    w.line(8, "while let ::std::option::Option::Some(key) = map");
    w.line(12, ".next_key::<cloudsdk_runtime::de::Key<'de>>()?");
    w.line(8, "{");
    w.line(12, "match key.as_str() {");
    for (i, f) in fields.iter().enumerate() {
        let json = lit(&f.name);
        if f.ty.is_option() {
            w.line(16, &format!("{json} => v{i} = map.next_value()?,"));
        } else {
            w.line(
                16,
                &format!("{json} => v{i} = ::std::option::Option::Some(map.next_value()?),"),
            );
        }
    }
    w.line(16, "_ => {");
    if additional {
        w.line(
            20,
            &format!("{ADDITIONAL_PROPERTIES}.insert(key.into_string(), map.next_value()?);"),
        );
    } else {
        w.line(20, "map.next_value::<serde::de::IgnoredAny>()?;");
    }
    w.line(16, "}");
    w.line(12, "}");
    w.line(8, "}");
    let mut inits: Vec<String> = fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            if f.ty.is_option() {
                format!("{}: v{i}", f.rust_name)
            } else {
                let json = lit(&f.name);
                format!("{}: cloudsdk_runtime::de::required(v{i}, {json})?", f.rust_name)
            }
        })
        .collect();
    if additional {
        inits.push(ADDITIONAL_PROPERTIES.to_owned());
    }
    w.struct_literal(8, "::std::result::Result::Ok(", &inits, ")");
    w.line(INDENT, "}");
    w.line(0, "}");
    let from_map = w.finish()?;
    let mut w = Writer::new();
    w.line(0, &format!("impl<'de> serde::Deserialize<'de> for {name} {{"));
    w.signature(
        INDENT,
        "fn deserialize<D: serde::Deserializer<'de>>",
        &["deserializer: D".into()],
        " -> ::std::result::Result<Self, D::Error> {",
    );
    w.line(8, "cloudsdk_runtime::de::from_map(deserializer)");
    w.line(INDENT, "}");
    w.line(0, "}");
    Some([from_map, w.finish()?])
}

/// [`super::types`]' `constructor_impl`: `new` and the `with_` setters, under `doc`.
pub(super) fn constructor_impl(
    name: &str,
    fields: &[Field],
    additional: bool,
    c: &Constructor,
    doc: &str,
) -> Option<String> {
    if !plain(name) || !fields.iter().all(|f| plain(&f.rust_name)) {
        return None;
    }
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        let field = &f.rust_name;
        if !c.arguments.contains(&i) {
            inits.push(format!("{field}: ::std::option::Option::None"));
            continue;
        }
        let (t, conv) = arg_in(&f.ty)?;
        args.push(format!("{field}: {t}"));
        inits.push(if conv.is_empty() {
            field.clone()
        } else {
            format!("{field}: {field}{conv}")
        });
    }
    if additional {
        inits.push(format!(
            "{ADDITIONAL_PROPERTIES}: ::std::collections::BTreeMap::new()"
        ));
    }
    let mut w = Writer::new();
    w.line(0, &format!("impl {name} {{"));
    w.line(INDENT, &format!("///{doc}"));
    if args.len() > 7 {
        w.line(INDENT, "#[allow(clippy::too_many_arguments)]");
    }
    w.signature(INDENT, &format!("pub fn {CONSTRUCTOR}"), &args, " -> Self {");
    w.struct_literal(8, "", &inits, "");
    w.line(INDENT, "}");
    for (i, setter) in &c.setters {
        let Some(f) = fields.get(*i) else { continue };
        if !plain(setter) {
            return None;
        }
        let (t, conv) = arg_in(&f.ty.clone().required())?;
        w.line(INDENT, &format!("/// Sets [`{0}`](Self::{0}).", f.rust_name));
        let params = ["mut self".to_owned(), format!("value: {t}")];
        w.signature(INDENT, &format!("pub fn {setter}"), &params, " -> Self {");
        w.line(
            8,
            &format!(
                "self.{} = ::std::option::Option::Some(value{conv});",
                f.rust_name
            ),
        );
        w.line(8, "self");
        w.line(INDENT, "}");
    }
    w.line(0, "}");
    w.finish()
}
