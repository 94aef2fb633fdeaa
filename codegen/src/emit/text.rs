//! The most repeated items of `types.rs` written directly as text, in the layout prettyplease
//! gives them, so that they skip the parse and print of the token path (`format.rs`): a struct's
//! declaration, its written-out `Serialize` and `Deserialize` (two impls), its constructor and
//! `with_` setters, and a string enum's impls.
//!
//! The writer knows only what prettyplease does with these few shapes when their lines fit its
//! width: a function's parameters on one line or one a line, a struct literal on one line or one
//! field a line, a list of names on one line or one a line; the limits are prettyplease's own, and the
//! tests compare the writer with the token path on both sides of each. Whenever a line would not
//! fit, or a name is not a plain ASCII identifier, it gives up (`None`) and the caller prints the
//! item from tokens as before; so the output never depends on imitating prettyplease's wrapping
//! in general. The model decides what the items hold, as for the token path (`types.rs`); spec
//! text appears only as string literals, escaped by `proc_macro2` as `quote!` escapes them, and
//! as doc comments from the `#[doc]` values `types.rs` computes, printed as prettyplease prints
//! them. The writer and the text rendering of a [`TypeRef`] ([`ty`]) serve `text_builders.rs`
//! too.

use crate::model::names::{ADDITIONAL_PROPERTIES, CONSTRUCTOR};
use crate::model::{Constructor, EnumVariant, Field, TypeDef, TypeRef};

/// prettyplease's line width.
pub(super) const MARGIN: usize = 89;
/// prettyplease keeps a struct literal on one line only up to this width.
const STRUCT_WIDTH: usize = 34;
pub(super) const INDENT: usize = 4;

/// Lines being written; `ok` turns false for good when one of them is not sure.
pub(super) struct Writer {
    out: String,
    ok: bool,
}

impl Writer {
    pub(super) fn new() -> Self {
        Writer {
            out: String::new(),
            ok: true,
        }
    }

    /// One line at `indent`; one that is not ASCII or goes past the margin spoils the item.
    pub(super) fn line(&mut self, indent: usize, text: &str) {
        if !text.is_ascii() || indent + text.len() > MARGIN {
            self.ok = false;
        }
        self.out.extend(std::iter::repeat_n(' ', indent));
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// A line that is the same in every item, which prettyplease prints as is.
    pub(super) fn fixed(&mut self, indent: usize, text: &str) {
        self.out.extend(std::iter::repeat_n(' ', indent));
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// A function's first line, `head(params…)tail`: on one line when it fits, else one
    /// parameter a line with a trailing comma.
    pub(super) fn signature(&mut self, indent: usize, head: &str, params: &[String], tail: &str) {
        let one = format!("{head}({}){tail}", params.join(", "));
        let width = indent + one.len();
        if width <= MARGIN {
            self.line(indent, &one);
        } else if width > MARGIN && !params.is_empty() {
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
    pub(super) fn struct_literal(
        &mut self,
        indent: usize,
        open: &str,
        fields: &[String],
        close: &str,
    ) {
        let inner = format!("Self {{ {} ", fields.join(", "));
        if fields.is_empty() {
            self.ok = false;
        } else if inner.len() <= STRUCT_WIDTH {
            self.line(indent, &format!("{open}{inner}}}{close}"));
        } else if inner.len() > STRUCT_WIDTH {
            self.line(indent, &format!("{open}Self {{"));
            for f in fields {
                self.line(indent + INDENT, &format!("{f},"));
            }
            self.line(indent, &format!("}}{close}"));
        } else {
            self.ok = false;
        }
    }

    /// Doc comment lines from `#[doc]` values, as prettyplease prints them: `///` and the value
    /// less its trailing spaces (none starts with `/` or holds a line break: `types::doc_lines`).
    pub(super) fn docs(&mut self, indent: usize, values: &[String]) {
        for value in values {
            if value.starts_with('/') || value.contains('\n') {
                self.ok = false;
            }
            self.fixed(indent, &format!("///{}", value.trim_end_matches(' ')));
        }
    }

    pub(super) fn finish(self) -> Option<String> {
        self.ok.then_some(self.out)
    }
}

/// A name printed as is: an ASCII identifier (no raw or non-ASCII names).
pub(super) fn plain(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A string literal, escaped as `quote!` escapes it.
pub(super) fn lit(text: &str) -> String {
    proc_macro2::Literal::string(text).to_string()
}

/// [`super::types::ty`] as prettyplease prints it: `prefix` qualifies named types (empty in
/// `types.rs`, `crate::types::` elsewhere). The one text rendering of a [`TypeRef`].
pub(super) fn ty(t: &TypeRef, prefix: &str) -> Option<String> {
    Some(match t {
        TypeRef::Named(n) => plain(n).then(|| format!("{prefix}{n}"))?,
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
        TypeRef::Vec(inner) => format!("::std::vec::Vec<{}>", ty(inner, prefix)?),
        TypeRef::Map(inner) => format!(
            "::std::collections::BTreeMap<::std::string::String, {}>",
            ty(inner, prefix)?
        ),
        TypeRef::Option(inner) => format!("::std::option::Option<{}>", ty(inner, prefix)?),
        TypeRef::Boxed(inner) => format!("::std::boxed::Box<{}>", ty(inner, prefix)?),
    })
}

/// [`super::types::arg_in`]: the argument's type and its conversion, `prefix` as for [`ty`].
pub(super) fn arg_in(t: &TypeRef, prefix: &str) -> Option<(String, &'static str)> {
    Some(match t {
        TypeRef::String => (
            "impl ::std::convert::Into<::std::string::String>".into(),
            ".into()",
        ),
        TypeRef::Boxed(_) => (
            format!("impl ::std::convert::Into<{}>", ty(t, prefix)?),
            ".into()",
        ),
        other => (ty(other, prefix)?, ""),
    })
}

/// Whether a field is left out when `None` (an optional property; a required one that may be
/// null is written as `null`), for both paths.
pub(super) fn skipped_when_none(f: &Field) -> bool {
    !f.required && f.ty.is_option()
}

/// [`super::types`]' `struct_serialize` for a struct with fields: one call on
/// `cloudsdk_runtime::ser`'s `Struct` or `Map` per field.
pub(super) fn struct_serialize(name: &str, fields: &[Field], additional: bool) -> Option<String> {
    if fields.is_empty() || !plain(name) || !fields.iter().all(|f| plain(&f.rust_name)) {
        return None;
    }
    let mut w = Writer::new();
    w.line(0, &format!("impl serde::Serialize for {name} {{"));
    w.signature(
        INDENT,
        "fn serialize<S: serde::Serializer>",
        &["&self".into(), "serializer: S".into()],
        " -> ::std::result::Result<S::Ok, S::Error> {",
    );
    let optional: Vec<bool> = fields.iter().map(skipped_when_none).collect();
    if additional {
        w.fixed(
            8,
            "let mut s = cloudsdk_runtime::ser::Map::new(serializer);",
        );
    } else {
        let required = optional.iter().filter(|o| !**o).count();
        let mut len = required.to_string();
        if optional.contains(&true) {
            w.fixed(8, &format!("let mut len = {required};"));
            len = "len".to_owned();
        }
        for (f, _) in fields.iter().zip(&optional).filter(|(_, o)| **o) {
            w.line(
                8,
                &format!("len += self.{}.is_some() as usize;", f.rust_name),
            );
        }
        let args = ["serializer".to_owned(), lit(name), len];
        w.signature(
            8,
            "let mut s = cloudsdk_runtime::ser::Struct::new",
            &args,
            ";",
        );
    }
    for (f, optional) in fields.iter().zip(optional) {
        let call = if optional { "optional" } else { "field" };
        let json = lit(&f.name);
        w.line(8, &format!("s.{call}({json}, &self.{});", f.rust_name));
    }
    if additional {
        w.fixed(8, &format!("s.flatten(&self.{ADDITIONAL_PROPERTIES});"));
    }
    w.fixed(8, "s.end()");
    w.fixed(INDENT, "}");
    w.fixed(0, "}");
    w.finish()
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
    w.line(
        0,
        &format!("impl<'de> cloudsdk_runtime::de::FromMap<'de> for {name} {{"),
    );
    w.line(
        INDENT,
        &format!("const NAME: &'static str = {};", lit(name)),
    );
    w.signature(
        INDENT,
        "fn from_map<A: serde::de::MapAccess<'de>>",
        &["map: A".into()],
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
    reader(&mut w, fields);
    key_loop(&mut w, fields, additional);
    w.fixed(8, "f.finish()?;");
    unwraps(&mut w, fields);
    let mut inits: Vec<String> = fields
        .iter()
        .enumerate()
        .map(|(i, f)| format!("{}: v{i}", f.rust_name))
        .collect();
    if additional {
        inits.push(ADDITIONAL_PROPERTIES.to_owned());
    }
    w.struct_literal(8, "::std::result::Result::Ok(", &inits, ")");
    w.line(INDENT, "}");
    w.line(0, "}");
    let from_map = w.finish()?;
    Some([from_map, deserialize_by_map(name)?])
}

/// `let mut f = cloudsdk_runtime::de::Fields::new(map, &[names…]);`, the fields' JSON names in
/// order, as prettyplease lays it out: on one line; else the arguments one a line; else also
/// the names one a line.
fn reader(w: &mut Writer, fields: &[Field]) {
    let names: Vec<String> = fields.iter().map(|f| lit(&f.name)).collect();
    let list = format!("&[{}]", names.join(", "));
    let head = "let mut f = cloudsdk_runtime::de::Fields::new(";
    let one = format!("{head}map, {list});");
    if 8 + one.len() <= MARGIN {
        w.line(8, &one);
        return;
    }
    w.fixed(8, head);
    w.fixed(12, "map,");
    // As with a function's arguments, prettyplease does not count the comma it adds.
    if 12 + list.len() <= MARGIN {
        w.ok &= list.is_ascii();
        w.fixed(12, &format!("{list},"));
    } else {
        w.fixed(12, "&[");
        for name in &names {
            w.line(16, &format!("{name},"));
        }
        w.fixed(12, "],");
    }
    w.fixed(8, ");");
}

/// After the loop, each required field's slot unwrapped, or the "missing field" error naming it.
fn unwraps(w: &mut Writer, fields: &[Field]) {
    for (i, f) in fields.iter().enumerate() {
        if !f.ty.is_option() {
            w.line(
                8,
                &format!("let ::std::option::Option::Some(v{i}) = v{i} else {{"),
            );
            let json = lit(&f.name);
            w.line(
                12,
                &format!("return cloudsdk_runtime::de::missing({json});"),
            );
            w.fixed(8, "};");
        }
    }
}

/// `from_map`'s loop: each key's position among the fields picks the slot it is read into;
/// the others are kept in the map of additional properties or skipped.
fn key_loop(w: &mut Writer, fields: &[Field], additional: bool) {
    w.fixed(
        8,
        "while let ::std::option::Option::Some(i) = f.next_field() {",
    );
    w.fixed(12, "match i {");
    for (i, f) in fields.iter().enumerate() {
        let read = if f.ty.is_option() {
            "optional"
        } else {
            "value"
        };
        w.line(16, &format!("{i} => f.{read}(&mut v{i}),"));
    }
    if additional {
        w.fixed(16, &format!("_ => f.rest(&mut {ADDITIONAL_PROPERTIES}),"));
    } else {
        w.fixed(16, "_ => f.skip(),");
    }
    w.fixed(12, "}");
    w.fixed(8, "}");
}

/// The `Deserialize` impl of a struct with a `FromMap` impl.
fn deserialize_by_map(name: &str) -> Option<String> {
    one_method_impl(
        &format!("impl<'de> serde::Deserialize<'de> for {name} {{"),
        "fn deserialize<D: serde::Deserializer<'de>>",
        &["deserializer: D"],
        " -> ::std::result::Result<Self, D::Error> {",
        &[(8, "cloudsdk_runtime::de::from_map(deserializer)")],
    )
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
        let (t, conv) = arg_in(&f.ty, "")?;
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
    w.signature(
        INDENT,
        &format!("pub fn {CONSTRUCTOR}"),
        &args,
        " -> Self {",
    );
    w.struct_literal(8, "", &inits, "");
    w.line(INDENT, "}");
    setters(&mut w, fields, c)?;
    w.line(0, "}");
    w.finish()
}

/// The `with_` setters of [`constructor_impl`]; `None` when a setter's name is not plain.
fn setters(w: &mut Writer, fields: &[Field], c: &Constructor) -> Option<()> {
    for (i, setter) in &c.setters {
        let Some(f) = fields.get(*i) else { continue };
        if !plain(setter) {
            return None;
        }
        let (t, conv) = arg_in(&f.ty.clone().required(), "")?;
        w.line(
            INDENT,
            &format!("/// Sets [`{0}`](Self::{0}).", f.rust_name),
        );
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
    Some(())
}

/// [`super::types`]' `struct_def` for a struct with fields and no credential: its doc comment
/// (first, for the gate to follow it) and the rest.
pub(super) fn struct_def(
    def: &TypeDef,
    doc: &[String],
    fields: &[Field],
    field_docs: &[Vec<String>],
    additional: Option<&TypeRef>,
) -> Option<(String, String)> {
    let name = &def.name;
    if fields.is_empty() || fields.iter().any(|f| f.sensitive) || !plain(name) {
        return None;
    }
    let mut head = Writer::new();
    head.docs(0, doc);
    let mut w = Writer::new();
    if fields.iter().all(|f| f.ty.is_option()) {
        w.fixed(0, "#[derive(Debug, Clone, PartialEq, Default)]");
    } else {
        w.fixed(0, "#[derive(Debug, Clone, PartialEq)]");
    }
    w.fixed(0, "#[non_exhaustive]");
    w.line(0, &format!("pub struct {name} {{"));
    for (f, docs) in fields.iter().zip(field_docs) {
        if !plain(&f.rust_name) {
            return None;
        }
        w.docs(INDENT, docs);
        w.line(INDENT, &format!("pub {}: {},", f.rust_name, ty(&f.ty, "")?));
    }
    if let Some(t) = additional {
        w.fixed(INDENT, "/// Properties not named by the schema.");
        w.line(
            INDENT,
            &format!(
                "pub {ADDITIONAL_PROPERTIES}: ::std::collections::BTreeMap<::std::string::String, {}>,",
                ty(t, "")?
            ),
        );
    }
    w.fixed(0, "}");
    Some((head.finish()?, w.finish()?))
}

/// [`super::types::string_enum_impls`]: `as_str`, `From<String>`, `Display`, `Serialize`,
/// `Deserialize`, `Eq`, `PartialOrd` and `Hash`, each its own item.
pub(super) fn string_enum_impls(name: &str, variants: &[EnumVariant]) -> Option<[String; 8]> {
    if !plain(name) || !variants.iter().all(|v| plain(&v.name)) {
        return None;
    }
    let mut w = Writer::new();
    w.line(0, &format!("impl {name} {{"));
    w.fixed(INDENT, "/// The value as sent on the wire.");
    w.fixed(INDENT, "pub fn as_str(&self) -> &str {");
    w.fixed(8, "match self {");
    for v in variants {
        // Counting the comma, which prettyplease does not: the line surely fits.
        w.line(12, &format!("Self::{} => {},", v.name, lit(&v.value)));
    }
    w.fixed(12, "Self::Unknown(value) => value,");
    w.fixed(8, "}");
    w.fixed(INDENT, "}");
    w.fixed(0, "}");
    let as_str = w.finish()?;
    let mut w = Writer::new();
    w.line(
        0,
        &format!("impl ::std::convert::From<::std::string::String> for {name} {{"),
    );
    w.fixed(INDENT, "fn from(value: ::std::string::String) -> Self {");
    w.fixed(8, "match value.as_str() {");
    for v in variants {
        w.line(12, &format!("{} => Self::{},", lit(&v.value), v.name));
    }
    w.fixed(12, "_ => Self::Unknown(value),");
    w.fixed(8, "}");
    w.fixed(INDENT, "}");
    w.fixed(0, "}");
    let from = w.finish()?;
    let [display, serialize, deserialize] = string_enum_traits(name)?;
    let [eq, partial_ord, hash] = string_enum_comparisons(name)?;
    Some([
        as_str,
        from,
        display,
        serialize,
        deserialize,
        eq,
        partial_ord,
        hash,
    ])
}

/// An `impl` block `head` holding one method: its signature (`fn_head(params…)tail`, laid out
/// by [`Writer::signature`]) and body lines of fixed text at their indents.
fn one_method_impl(
    head: &str,
    fn_head: &str,
    params: &[&str],
    tail: &str,
    body: &[(usize, &str)],
) -> Option<String> {
    let mut w = Writer::new();
    w.line(0, head);
    let params: Vec<String> = params.iter().map(|p| (*p).to_owned()).collect();
    w.signature(INDENT, fn_head, &params, tail);
    for (indent, line) in body {
        w.fixed(*indent, line);
    }
    w.fixed(INDENT, "}");
    w.fixed(0, "}");
    w.finish()
}

/// A string enum's `Display`, `Serialize` and `Deserialize`, all through `as_str` and `From`.
fn string_enum_traits(name: &str) -> Option<[String; 3]> {
    let mut w = Writer::new();
    w.line(0, &format!("impl std::fmt::Display for {name} {{"));
    w.fixed(
        INDENT,
        "fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {",
    );
    w.fixed(8, "f.write_str(self.as_str())");
    w.fixed(INDENT, "}");
    w.fixed(0, "}");
    let display = w.finish()?;
    let serialize = one_method_impl(
        &format!("impl serde::Serialize for {name} {{"),
        "fn serialize<S: serde::Serializer>",
        &["&self", "serializer: S"],
        " -> ::std::result::Result<S::Ok, S::Error> {",
        &[(8, "serializer.serialize_str(self.as_str())")],
    )?;
    // Too long for one line: prettyplease breaks it at the method call.
    let deserialize = one_method_impl(
        &format!("impl<'de> serde::Deserialize<'de> for {name} {{"),
        "fn deserialize<D: serde::Deserializer<'de>>",
        &["deserializer: D"],
        " -> ::std::result::Result<Self, D::Error> {",
        &[
            (
                8,
                "<::std::string::String as serde::Deserialize>::deserialize(deserializer)",
            ),
            (12, ".map(Self::from)"),
        ],
    )?;
    Some([display, serialize, deserialize])
}

/// A string enum's `Eq`, `PartialOrd` and `Hash` (see
/// [`super::types::string_enum_comparisons`]).
fn string_enum_comparisons(name: &str) -> Option<[String; 3]> {
    let mut w = Writer::new();
    w.line(0, &format!("impl ::std::cmp::Eq for {name} {{}}"));
    let eq = w.finish()?;
    let partial_ord = one_method_impl(
        &format!("impl ::std::cmp::PartialOrd for {name} {{"),
        "fn partial_cmp",
        &["&self", "other: &Self"],
        " -> ::std::option::Option<::std::cmp::Ordering> {",
        &[(
            8,
            "::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))",
        )],
    )?;
    let hash = one_method_impl(
        &format!("impl ::std::hash::Hash for {name} {{"),
        "fn hash<H: ::std::hash::Hasher>",
        &["&self", "state: &mut H"],
        " {",
        &[(8, "::std::hash::Hash::hash(self.as_str(), state)")],
    )?;
    Some([eq, partial_ord, hash])
}
