//! Emitting `types.rs`: one item per [`TypeDef`].

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::docs::sanitize;
use super::format::Piece;
use super::markdown::code;
use super::text;
use crate::model::names::{ADDITIONAL_PROPERTIES, CONSTRUCTOR};
use crate::model::{Api, Constructor, EnumVariant, Field, Success, TypeDef, TypeKind, TypeRef};

pub(super) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The values of `#[doc]` attributes for an optional text, or `fallback` when there is none,
/// one per line.
pub(super) fn doc_lines(text: Option<&str>, fallback: &str) -> Vec<String> {
    let text = text
        .map(sanitize)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| fallback.to_owned());
    text.lines().map(|l| format!(" {l}")).collect()
}

/// A type's doc lines: its description or a fallback, and the deprecation note.
pub(super) fn type_doc_lines(def: &TypeDef) -> Vec<String> {
    let mut lines = doc_lines(
        def.description.as_deref(),
        &format!("The `{}` schema.", def.name),
    );
    if def.deprecated {
        lines.push(String::new());
        lines.push(" **Deprecated** by the API.".to_owned());
    }
    lines
}

/// The Rust type for a [`TypeRef`]; `prefix` qualifies named types (`types::` outside the
/// types module).
pub(super) fn ty(t: &TypeRef, prefix: &TokenStream) -> TokenStream {
    match t {
        TypeRef::Named(n) => {
            let n = ident(n);
            quote! { #prefix #n }
        }
        TypeRef::String => quote! { ::std::string::String },
        TypeRef::Bool => quote! { bool },
        TypeRef::I32 => quote! { i32 },
        TypeRef::I64 => quote! { i64 },
        TypeRef::U64 => quote! { u64 },
        TypeRef::F32 => quote! { f32 },
        TypeRef::F64 => quote! { f64 },
        TypeRef::DateTime => {
            quote! { cloudsdk_runtime::chrono::DateTime<cloudsdk_runtime::chrono::Utc> }
        }
        TypeRef::Date => quote! { cloudsdk_runtime::chrono::NaiveDate },
        TypeRef::Uuid => quote! { cloudsdk_runtime::uuid::Uuid },
        TypeRef::Ipv4 => quote! { std::net::Ipv4Addr },
        TypeRef::Ipv6 => quote! { std::net::Ipv6Addr },
        TypeRef::IpAddr => quote! { std::net::IpAddr },
        TypeRef::Value => quote! { serde_json::Value },
        TypeRef::Bytes => quote! { cloudsdk_runtime::Bytes },
        TypeRef::Unit => quote! { () },
        TypeRef::Vec(inner) => {
            let inner = ty(inner, prefix);
            quote! { ::std::vec::Vec<#inner> }
        }
        TypeRef::Map(inner) => {
            let inner = ty(inner, prefix);
            quote! { ::std::collections::BTreeMap<::std::string::String, #inner> }
        }
        TypeRef::Option(inner) => {
            let inner = ty(inner, prefix);
            quote! { ::std::option::Option<#inner> }
        }
        TypeRef::Boxed(inner) => {
            let inner = ty(inner, prefix);
            quote! { ::std::boxed::Box<#inner> }
        }
    }
}

/// The type a caller passes for a value of type `t`, and how it becomes `t` (a suffix):
/// strings and boxes take anything that converts.
pub(super) fn arg_in(t: &TypeRef, prefix: &TokenStream) -> (TokenStream, TokenStream) {
    match t {
        TypeRef::String => (
            quote! { impl ::std::convert::Into<::std::string::String> },
            quote! { .into() },
        ),
        TypeRef::Boxed(_) => {
            let t = ty(t, prefix);
            (quote! { impl ::std::convert::Into<#t> }, quote! { .into() })
        }
        other => (ty(other, prefix), TokenStream::new()),
    }
}

/// A run of `types.rs`'s items (with the file's inner attributes, which only the first piece
/// keeps).
pub(super) fn types_file(defs: &[TypeDef]) -> Piece {
    let mut piece = Piece::from(quote! {
        //! Types of the API's request and response bodies.
        #![allow(clippy::derivable_impls, clippy::large_enum_variant)]
    });
    for def in defs {
        type_def(def, &mut piece);
    }
    piece
}

/// The enums for operations whose success statuses carry different types.
pub(super) fn success_enums(api: &Api) -> TokenStream {
    let items = api.operations.iter().filter_map(|o| match &o.success {
        Success::ByStatus { name, variants } => {
            let n = ident(name);
            let doc = format!(" What a successful {} returns, by status.", code(&o.id));
            let vs = variants.iter().map(|(code, v, _, t)| {
                let v = ident(v);
                let d = format!(" Status {code}.");
                let t = ty(t, &TokenStream::new());
                quote! { #[doc = #d] #v(#t), }
            });
            Some(quote! {
                #[doc = #doc]
                #[derive(Debug, Clone, PartialEq)]
                pub enum #n { #( #vs )* }
            })
        }
        Success::Single { .. } => None,
    });
    quote! { #( #items )* }
}

fn type_def(def: &TypeDef, piece: &mut Piece) {
    let name = ident(&def.name);
    let doc_lines = type_doc_lines(def);
    let doc = quote! { #( #[doc = #doc_lines] )* };
    let tokens = match &def.kind {
        TypeKind::Struct {
            fields,
            additional,
            constructor,
        } => {
            let docs: Vec<Vec<String>> = fields.iter().map(field_doc_lines).collect();
            let additional_ty = additional.as_ref();
            match text::struct_def(def, &doc_lines, fields, &docs, additional_ty) {
                Some((head, body)) => piece.text_after(&def.name, head, body),
                None => piece.tokens(struct_def(def, doc, fields, additional_ty)),
            }
            let additional = additional.is_some();
            match text::struct_serialize(&def.name, fields, additional) {
                Some(i) => piece.text(&def.name, i),
                None => piece.tokens(struct_serialize(&def.name, fields, additional)),
            }
            match text::struct_deserialize(&def.name, fields, additional) {
                Some(impls) => impls.into_iter().for_each(|i| piece.text(&def.name, i)),
                None => piece.tokens(struct_deserialize(&def.name, fields, additional)),
            }
            if let Some(c) = constructor {
                let doc = constructor_doc(c);
                match text::constructor_impl(&def.name, fields, additional, c, doc) {
                    Some(i) => piece.text(&def.name, i),
                    None => piece.tokens(constructor_impl(&def.name, fields, additional, c)),
                }
            }
            return;
        }
        TypeKind::StringEnum { variants } => {
            piece.tokens(string_enum(&name, doc, variants));
            match text::string_enum_impls(&def.name, variants) {
                Some(impls) => impls.into_iter().for_each(|i| piece.text(&def.name, i)),
                None => piece.tokens(string_enum_impls(&name, variants)),
            }
            return;
        }
        TypeKind::IntEnum { values } => int_enum(&name, doc, values),
        TypeKind::Union {
            discriminator,
            variants,
            tag_written,
        } => union(def, doc, discriminator.as_ref(), variants, tag_written),
        TypeKind::Alias(t) => {
            let t = ty(t, &TokenStream::new());
            quote! {
                #doc
                pub type #name = #t;
            }
        }
    };
    piece.tokens(tokens);
}

/// A struct: fields in spec order, the others kept in a map when the schema keeps them,
/// `Default` when every field is optional; its `Serialize` and `Deserialize` are written out
/// ([`struct_serialize`], [`struct_deserialize`]). `#[non_exhaustive]`,
/// so a new field is not a breaking change: users build one with its constructor.
pub(super) fn struct_def(
    def: &TypeDef,
    doc: TokenStream,
    fields: &[Field],
    additional: Option<&TypeRef>,
) -> TokenStream {
    let name = ident(&def.name);
    let here = TokenStream::new();
    let all_optional = fields.iter().all(|f| f.ty.is_option());
    let default = if all_optional {
        quote! { , Default }
    } else {
        TokenStream::new()
    };
    // A struct holding a credential writes `Debug` out, showing `[redacted]` for it.
    let (derive_debug, debug) = if fields.iter().any(|f| f.sensitive) {
        let debug = redacted_debug(&def.name, fields, additional.is_some());
        (TokenStream::new(), debug)
    } else {
        (quote! { Debug, }, TokenStream::new())
    };
    let fields = fields.iter().map(field);
    let additional = additional.map(|t| {
        let t = ty(t, &here);
        let map = ident(ADDITIONAL_PROPERTIES);
        quote! {
            /// Properties not named by the schema.
            pub #map: ::std::collections::BTreeMap<::std::string::String, #t>,
        }
    });
    quote! {
        #doc
        #[derive(#derive_debug Clone, PartialEq #default)]
        #[non_exhaustive]
        pub struct #name {
            #( #fields )*
            #additional
        }
        #debug
    }
}

/// `new(required fields…)` and a `with_<field>` setter per optional field.
pub(super) fn constructor_impl(
    name: &str,
    fields: &[Field],
    additional: bool,
    c: &Constructor,
) -> TokenStream {
    let here = TokenStream::new();
    let type_name = ident(name);
    let new = ident(CONSTRUCTOR);
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        let field = ident(&f.rust_name);
        if !c.arguments.contains(&i) {
            inits.push(quote! { #field: ::std::option::Option::None });
            continue;
        }
        let (t, conv) = arg_in(&f.ty, &here);
        args.push(quote! { #field: #t });
        inits.push(if conv.is_empty() {
            quote! { #field }
        } else {
            quote! { #field: #field #conv }
        });
    }
    if additional {
        let map = ident(ADDITIONAL_PROPERTIES);
        inits.push(quote! { #map: ::std::collections::BTreeMap::new() });
    }
    let setters = c.setters.iter().filter_map(|(i, setter)| {
        let f = fields.get(*i)?;
        let field = ident(&f.rust_name);
        let setter = ident(setter);
        let (t, conv) = arg_in(&f.ty.clone().required(), &here);
        let doc = format!(" Sets [`{0}`](Self::{0}).", f.rust_name);
        Some(quote! {
            #[doc = #doc]
            pub fn #setter(mut self, value: #t) -> Self {
                self.#field = ::std::option::Option::Some(value #conv);
                self
            }
        })
    });
    let doc = constructor_doc(c);
    // Clippy's limit is seven; a schema with more required fields still gets one constructor.
    let allow = (args.len() > 7).then(|| quote! { #[allow(clippy::too_many_arguments)] });
    quote! {
        impl #type_name {
            #[doc = #doc]
            #allow
            pub fn #new(#( #args ),*) -> Self {
                Self { #( #inits, )* }
            }
            #( #setters )*
        }
    }
}

/// The constructor's doc comment: what it takes and whether there are setters.
pub(super) fn constructor_doc(c: &Constructor) -> &'static str {
    match (c.arguments.is_empty(), c.setters.is_empty()) {
        (_, true) => " Builds one from its fields.",
        (true, false) => " Builds one with every field unset; set them with the `with_` methods.",
        (false, false) => {
            " Builds one from its required fields; set the others with the `with_` methods."
        }
    }
}

/// `Debug` as derived, but with `cloudsdk_runtime::Redacted` for the [`Field::sensitive`] ones.
fn redacted_debug(name: &str, fields: &[Field], additional: bool) -> TokenStream {
    let type_name = ident(name);
    let entries = fields.iter().map(|f| {
        let field = ident(&f.rust_name);
        let label = &f.rust_name;
        if f.sensitive {
            quote! { .field(#label, &cloudsdk_runtime::Redacted(&self.#field)) }
        } else {
            quote! { .field(#label, &self.#field) }
        }
    });
    let map = additional.then(|| {
        let map = ident(ADDITIONAL_PROPERTIES);
        quote! { .field(#ADDITIONAL_PROPERTIES, &self.#map) }
    });
    quote! {
        impl std::fmt::Debug for #type_name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#name) #( #entries )* #map .finish()
            }
        }
    }
}

/// A string enum that keeps unknown values: `#[non_exhaustive]`, as a new value is expected.
/// Its impls follow ([`string_enum_impls`]).
fn string_enum(name: &Ident, doc: TokenStream, variants: &[EnumVariant]) -> TokenStream {
    let decls = variants.iter().map(|v| {
        let docs = variant_doc_lines(v);
        let v = ident(&v.name);
        quote! { #( #[doc = #docs] )* #v, }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #( #decls )*
            /// A value this version of the client does not know.
            Unknown(::std::string::String),
        }
    }
}

/// A string enum variant's doc: its value as code, then the value's description (sanitised) as
/// a paragraph of its own, so no Markdown in it is joined to the value's line.
fn variant_doc_lines(v: &EnumVariant) -> Vec<String> {
    let mut lines = vec![if v.value.is_empty() {
        " The empty string.".to_owned()
    } else {
        format!(" {}", code(&v.value))
    }];
    let description = v.description.as_deref().map(sanitize);
    if let Some(text) = description.filter(|t| !t.trim().is_empty()) {
        lines.push(String::new());
        lines.extend(text.lines().map(|l| format!(" {l}")));
    }
    lines
}

/// A string enum's `as_str`, `From<String>`, `Display`, serde impls and the comparisons not
/// derived ([`string_enum_comparisons`]).
pub(super) fn string_enum_impls(name: &Ident, variants: &[EnumVariant]) -> TokenStream {
    let to_wire = variants.iter().map(|v| {
        let (value, v) = (&v.value, ident(&v.name));
        quote! { Self::#v => #value, }
    });
    let from_wire = variants.iter().map(|v| {
        let (value, v) = (&v.value, ident(&v.name));
        quote! { #value => Self::#v, }
    });
    let comparisons = string_enum_comparisons(name);
    // Serde impls written out rather than derived: a derived enum with an untagged
    // catch-all buffers every value and tries each variant, which costs far more to
    // compile (and to run) than matching one string.
    quote! {
        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( #to_wire )*
                    Self::Unknown(value) => value,
                }
            }
        }
        impl ::std::convert::From<::std::string::String> for #name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    #( #from_wire )*
                    _ => Self::Unknown(value),
                }
            }
        }
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                <::std::string::String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }
        #comparisons
    }
}

/// A string enum's `Eq`, `PartialOrd` and `Hash`, written out because they cost the crate's
/// check less than their derives (README, "Whole-crate compile time"), with the derives'
/// meaning: `PartialOrd` is the derived `Ord` (declaration order, `Unknown` last and by its
/// string), and the hash of the wire string agrees with the derived `PartialEq` (equal values
/// have the same variant and, if unknown, the same string). `PartialEq` stays derived: only a
/// derive lets a constant of the type be a pattern. (Clippy's `derive_ord_xor_partial_ord` is
/// allowed in the crate root, `LIB_RS`.)
pub(super) fn string_enum_comparisons(name: &Ident) -> TokenStream {
    quote! {
        impl ::std::cmp::Eq for #name {}
        impl ::std::cmp::PartialOrd for #name {
            fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
                ::std::option::Option::Some(::std::cmp::Ord::cmp(self, other))
            }
        }
        impl ::std::hash::Hash for #name {
            fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
                ::std::hash::Hash::hash(self.as_str(), state)
            }
        }
    }
}

/// An integer enum: a newtype with one constant per known value, written as its integer.
fn int_enum(name: &Ident, doc: TokenStream, values: &[(String, i64)]) -> TokenStream {
    let consts = values.iter().map(|(c, v)| {
        let c = ident(c);
        let d = format!(" `{v}`");
        quote! { #[doc = #d] pub const #c: Self = Self(#v); }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct #name(pub i64);
        impl #name {
            #( #consts )*
        }
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serde::Serialize::serialize(&self.0, serializer)
            }
        }
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                <i64 as serde::Deserialize>::deserialize(deserializer).map(Self)
            }
        }
    }
}

/// A union variant's doc: with a tag, the value(s) that select it (code spans, so spec text
/// stays inert), else its name.
fn union_variant_doc(
    v: &str,
    index: usize,
    discriminator: Option<&(String, Vec<(String, usize)>)>,
) -> String {
    let Some((property, mapping)) = discriminator else {
        return format!(" The `{v}` variant.");
    };
    let values: Vec<String> = (mapping.iter())
        .filter(|(_, i)| *i == index)
        .map(|(value, _)| code(value))
        .collect();
    if values.is_empty() {
        return format!(" The `{v}` variant (no tag value of its own: read as `Unknown`).");
    }
    format!(
        " The variant whose {} is {}.",
        code(property),
        values.join(" or ")
    )
}

/// `oneOf`/`anyOf`: an untagged enum, read by trying each variant in order or, with a
/// discriminator, by dispatching on the tag (unknown tags kept as JSON).
fn union(
    def: &TypeDef,
    doc: TokenStream,
    discriminator: Option<&(String, Vec<(String, usize)>)>,
    variants: &[(String, TypeRef)],
    tag_written: &[usize],
) -> TokenStream {
    let name = ident(&def.name);
    let here = TokenStream::new();
    let decls = variants.iter().enumerate().map(|(i, (v, t))| {
        let vi = ident(v);
        let t = ty(t, &here);
        let d = union_variant_doc(v, i, discriminator);
        quote! { #[doc = #d] #vi(#t), }
    });
    let serialize =
        untagged_serialize(&name, &serialize_arms(discriminator, variants, tag_written));
    match discriminator {
        None => {
            // Each variant is tried in order on the value read once, as serde's
            // untagged derive does, in far less code.
            let tries = variants.iter().map(|(v, t)| {
                let vi = ident(v);
                let t = ty(t, &here);
                quote! {
                    if let ::std::result::Result::Ok(v) = <#t as serde::Deserialize>::deserialize(&value) {
                        return ::std::result::Result::Ok(Self::#vi(v));
                    }
                }
            });
            let mismatch = format!(
                "data did not match any variant of untagged enum {}",
                def.name
            );
            quote! {
                #doc
                #[derive(Debug, Clone, PartialEq)]
                pub enum #name {
                    #( #decls )*
                }
                #serialize
                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                        #( #tries )*
                        ::std::result::Result::Err(serde::de::Error::custom(#mismatch))
                    }
                }
            }
        }
        Some((property, mapping)) => {
            let arms = mapping.iter().filter_map(|(value, index)| {
                let v = ident(&variants.get(*index)?.0);
                Some(quote! {
                    ::std::option::Option::Some(#value) => serde_json::from_value(value).map(Self::#v),
                })
            });
            quote! {
                #doc
                #[derive(Debug, Clone, PartialEq)]
                #[non_exhaustive]
                pub enum #name {
                    #( #decls )*
                    /// A variant this version of the client does not know, kept as JSON.
                    Unknown(serde_json::Value),
                }
                #serialize
                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                        let tag = value.get(#property).and_then(serde_json::Value::as_str).map(str::to_owned);
                        match tag.as_deref() {
                            #( #arms )*
                            _ => ::std::result::Result::Ok(Self::Unknown(value)),
                        }
                        .map_err(serde::de::Error::custom)
                    }
                }
            }
        }
    }
}

/// Each variant of a union's `Serialize` (`Unknown` last, when tagged), with the (property,
/// value) it writes itself when its type leaves the tag out.
fn serialize_arms<'m>(
    discriminator: Option<&'m (String, Vec<(String, usize)>)>,
    variants: &'m [(String, TypeRef)],
    tag_written: &[usize],
) -> Vec<(&'m str, Option<(&'m str, &'m str)>)> {
    let written_tag = |i: usize| {
        let (property, mapping) = discriminator.filter(|_| tag_written.contains(&i))?;
        let (value, _) = mapping.iter().find(|(_, index)| *index == i)?;
        Some((property.as_str(), value.as_str()))
    };
    let mut arms: Vec<_> = (variants.iter().enumerate())
        .map(|(i, (v, _))| (v.as_str(), written_tag(i)))
        .collect();
    if discriminator.is_some() {
        arms.push(("Unknown", None));
    }
    arms
}

/// A union's `Serialize` as serde's untagged derive writes it: each variant's value as itself,
/// after the tag for a variant whose type leaves it out (`cloudsdk_runtime::ser::tagged`).
fn untagged_serialize(name: &Ident, variants: &[(&str, Option<(&str, &str)>)]) -> TokenStream {
    let arms = variants.iter().map(|(v, tag)| {
        let v = ident(v);
        match tag {
            None => quote! { Self::#v(v) => serde::Serialize::serialize(v, serializer), },
            Some((property, value)) => quote! {
                Self::#v(v) => cloudsdk_runtime::ser::tagged(serializer, #property, #value, v),
            },
        }
    });
    let scrutinee = if variants.is_empty() {
        quote! { *self }
    } else {
        quote! { self }
    };
    quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                match #scrutinee {
                    #( #arms )*
                }
            }
        }
    }
}

/// A struct's `Serialize`, written out over `cloudsdk_runtime::ser` rather than derived: one
/// call per field, making the calls serde's derive makes (the same length, `skip_field` for an
/// optional field left out, `serialize_map` when additional properties are kept).
pub(super) fn struct_serialize(name: &str, fields: &[Field], additional: bool) -> TokenStream {
    let type_name = ident(name);
    let optional: Vec<bool> = fields.iter().map(text::skipped_when_none).collect();
    let calls = fields.iter().zip(&optional).map(|(f, &optional)| {
        let field = ident(&f.rust_name);
        let json = &f.name;
        if optional {
            quote! { s.optional(#json, &self.#field); }
        } else {
            quote! { s.field(#json, &self.#field); }
        }
    });
    let body = if additional {
        let map = ident(ADDITIONAL_PROPERTIES);
        quote! {
            let mut s = cloudsdk_runtime::ser::Map::new(serializer);
            #( #calls )*
            s.flatten(&self.#map);
            s.end()
        }
    } else if fields.is_empty() {
        quote! { cloudsdk_runtime::ser::Struct::new(serializer, #name, 0).end() }
    } else {
        let required = optional.iter().filter(|o| !**o).count();
        let required = proc_macro2::Literal::usize_unsuffixed(required);
        let counts: Vec<TokenStream> = fields
            .iter()
            .zip(&optional)
            .filter(|(_, o)| **o)
            .map(|(f, _)| {
                let field = ident(&f.rust_name);
                quote! { len += self.#field.is_some() as usize; }
            })
            .collect();
        let len = if counts.is_empty() {
            quote! { #required }
        } else {
            quote! { len }
        };
        let count = (!counts.is_empty()).then(|| quote! { let mut len = #required; #( #counts )* });
        quote! {
            #count
            let mut s = cloudsdk_runtime::ser::Struct::new(serializer, #name, #len);
            #( #calls )*
            s.end()
        }
    };
    quote! {
        impl serde::Serialize for #type_name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                #body
            }
        }
    }
}

/// A struct's `Deserialize`, written out over `cloudsdk_runtime::de` rather than derived: one
/// loop over a `Fields` reader matching keys by position instead of serde's field enum, its
/// visitors and `visit_seq`, which made up most of a large API's compile time. Reads do not
/// return early (the reader keeps the first error), and each required slot is unwrapped by a
/// `let … else` of its own: a `?` after every read made the compiler check a drop of every
/// slot at every exit, n² for n fields.
pub(super) fn struct_deserialize(name: &str, fields: &[Field], additional: bool) -> TokenStream {
    let type_name = ident(name);
    let map_field = ident(ADDITIONAL_PROPERTIES);
    let slots: Vec<Ident> = (0..fields.len()).map(|i| format_ident!("v{i}")).collect();
    let names = fields.iter().map(|f| &f.name);
    let the_loop = key_loop(fields, &slots, additional.then_some(&map_field));
    let unwraps = fields
        .iter()
        .zip(&slots)
        .filter(|(f, _)| !f.ty.is_option())
        .map(|(f, slot)| {
            let json = &f.name;
            quote! {
                let ::std::option::Option::Some(#slot) = #slot else {
                    return cloudsdk_runtime::de::missing(#json);
                };
            }
        });
    let inits = fields.iter().zip(&slots).map(|(f, slot)| {
        let field = ident(&f.rust_name);
        quote! { #field: #slot, }
    });
    let map_slot = additional.then(|| {
        quote! { let mut #map_field = ::std::collections::BTreeMap::new(); }
    });
    let map_init = additional.then(|| quote! { #map_field, });
    quote! {
        impl<'de> cloudsdk_runtime::de::FromMap<'de> for #type_name {
            const NAME: &'static str = #name;
            fn from_map<A: serde::de::MapAccess<'de>>(map: A) -> ::std::result::Result<Self, A::Error> {
                #( let mut #slots = ::std::option::Option::None; )*
                #map_slot
                let mut f = cloudsdk_runtime::de::Fields::new(map, &[ #( #names ),* ]);
                #the_loop
                f.finish()?;
                #( #unwraps )*
                ::std::result::Result::Ok(Self { #( #inits )* #map_init })
            }
        }
        impl<'de> serde::Deserialize<'de> for #type_name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                cloudsdk_runtime::de::from_map(deserializer)
            }
        }
    }
}

/// `from_map`'s loop over the `Fields` reader: each key's position picks the slot its value is
/// read into; other keys go to `rest` (the additional properties' map) or are skipped.
fn key_loop(fields: &[Field], slots: &[Ident], rest: Option<&Ident>) -> TokenStream {
    let other = match rest {
        Some(map) => quote! { f.rest(&mut #map) },
        None => quote! { f.skip() },
    };
    if fields.is_empty() {
        return quote! { while f.next_field().is_some() { #other; } };
    }
    let arms = fields.iter().zip(slots).enumerate().map(|(i, (f, slot))| {
        let read = if f.ty.is_option() {
            quote!(optional)
        } else {
            quote!(value)
        };
        let i = proc_macro2::Literal::usize_unsuffixed(i);
        quote! { #i => f.#read(&mut #slot), }
    });
    quote! {
        while let ::std::option::Option::Some(i) = f.next_field() {
            match i {
                #( #arms )*
                _ => #other,
            }
        }
    }
}

/// A field's doc lines: its description or JSON name, and notes on what the schema says of it.
pub(super) fn field_doc_lines(f: &Field) -> Vec<String> {
    let mut notes = Vec::new();
    if f.read_only {
        notes.push("Set by the server; ignored in requests.".to_owned());
    }
    if f.write_only {
        notes.push("Only sent in requests; never returned.".to_owned());
    }
    if let Some(d) = &f.default {
        notes.push(format!("Defaults to {} when left out.", code(d)));
    }
    notes.extend(super::docs::bounds_note(&f.bounds));
    if f.deprecated {
        notes.push("**Deprecated** by the API.".to_owned());
    }
    let mut text = f
        .description
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| code(&f.name));
    for n in notes {
        text.push_str("\n\n");
        text.push_str(&n);
    }
    doc_lines(Some(&text), "")
}

fn field(f: &Field) -> TokenStream {
    let name = ident(&f.rust_name);
    let t = ty(&f.ty, &TokenStream::new());
    let doc = field_doc_lines(f);
    let doc = quote! { #( #[doc = #doc] )* };
    quote! {
        #doc
        pub #name: #t,
    }
}
