//! `#[cfg(feature = …)]` on what the model put behind Cargo features (`model/features.rs`).
//!
//! `types.rs` and `builders.rs` are gated after they are parsed for formatting (each piece of
//! them, `format.rs`): every item that defines a gated name, and every `impl` for it, gets the
//! name's attribute, so the functions that print a type or a builder (several items each) know
//! nothing of features. `client.rs` prints its few gated items (tag accessors, error-body impls)
//! with [`cfg`] directly.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{Api, Operation, Success};

/// `#[cfg(feature = "a")]`, or `#[cfg(any(feature = "a", …))]` for several; nothing when the
/// list is empty (always compiled).
pub(super) fn cfg(features: &[String]) -> TokenStream {
    match features {
        [] => TokenStream::new(),
        [one] => quote! { #[cfg(feature = #one)] },
        many => quote! { #[cfg(any( #( feature = #many ),* ))] },
    }
}

/// The features an operation is compiled under: its group's, if the group has one.
pub(super) fn operation_features(api: &Api, op: &Operation) -> Vec<String> {
    op.group
        .and_then(|g| api.groups.get(g))
        .and_then(|g| g.feature.clone())
        .into_iter()
        .collect()
}

/// The features of each gated name in one file (plain strings, so that the threads printing the
/// file's pieces share it), and each distinct set's attribute as prettyplease prints it, for the
/// items written as text (`text.rs`).
pub(super) struct Gates {
    names: HashMap<String, Vec<String>>,
    printed: HashMap<Vec<String>, String>,
}

impl Gates {
    /// Nothing gated.
    pub fn none() -> Self {
        Gates {
            names: HashMap::new(),
            printed: HashMap::new(),
        }
    }

    /// `types.rs`: schema types, and the success enums of operations.
    pub fn types(api: &Api) -> Self {
        let mut gates = Gates::none();
        for def in &api.types {
            gates.insert(&def.name, &def.features);
        }
        for op in &api.operations {
            if let Success::ByStatus { name, .. } = &op.success {
                gates.insert(name, &operation_features(api, op));
            }
        }
        gates
    }

    /// `builders.rs`: the sub-clients and the request builders.
    pub fn builders(api: &Api) -> Self {
        let mut gates = Gates::none();
        for group in &api.groups {
            let features: Vec<String> = group.feature.iter().cloned().collect();
            gates.insert(&group.struct_name, &features);
        }
        for op in &api.operations {
            gates.insert(&op.builder_name, &operation_features(api, op));
        }
        gates
    }

    fn insert(&mut self, name: &str, features: &[String]) {
        if features.is_empty() {
            return;
        }
        if !self.printed.contains_key(features) {
            if let Some(printed) = printed_cfg(features) {
                self.printed.insert(features.to_vec(), printed);
            }
        }
        self.names.insert(name.to_owned(), features.to_vec());
    }

    /// The attribute of a top-level item for `name` that has no doc comment (an `impl`), as
    /// prettyplease prints it; `None` when the name is not gated, an error when its attribute
    /// did not print.
    pub fn text(&self, name: &str) -> Result<Option<&str>, String> {
        let Some(features) = self.names.get(name) else {
            return Ok(None);
        };
        match self.printed.get(features) {
            Some(printed) => Ok(Some(printed)),
            None => Err(format!("the features of {name} do not print")),
        }
    }

    /// Puts each item of `file` behind its name's features.
    pub fn apply(&self, file: &mut syn::File) -> syn::Result<()> {
        if self.names.is_empty() {
            return Ok(());
        }
        for item in &mut file.items {
            let (name, attrs) = match item {
                syn::Item::Struct(s) => (Some(&s.ident), &mut s.attrs),
                syn::Item::Enum(e) => (Some(&e.ident), &mut e.attrs),
                syn::Item::Type(t) => (Some(&t.ident), &mut t.attrs),
                syn::Item::Impl(i) => (self_name(&i.self_ty), &mut i.attrs),
                _ => continue,
            };
            let Some(features) = name.and_then(|n| self.names.get(&n.to_string())) else {
                continue;
            };
            let attr = parse_cfg(features)?;
            // After the doc comment, before derives: where a person would write it.
            let at = attrs
                .iter()
                .position(|a| !a.path().is_ident("doc"))
                .unwrap_or(attrs.len());
            attrs.splice(at..at, attr);
        }
        Ok(())
    }
}

/// [`cfg`] as prettyplease prints it on a top-level item: the item printed, less the item.
fn printed_cfg(features: &[String]) -> Option<String> {
    let cfg = cfg(features);
    let item: syn::File = syn::parse2(quote! { #cfg struct Gated; }).ok()?;
    let printed = prettyplease::unparse(&item);
    printed.strip_suffix("struct Gated;\n").map(str::to_owned)
}

/// [`cfg`] as attributes.
fn parse_cfg(features: &[String]) -> syn::Result<Vec<syn::Attribute>> {
    syn::parse::Parser::parse2(syn::Attribute::parse_outer, cfg(features))
}

/// The name an `impl` is for, when it is a plain path (`impl Foo`, `impl Trait for Foo`).
fn self_name(ty: &syn::Type) -> Option<&syn::Ident> {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => p.path.segments.last().map(|s| &s.ident),
        _ => None,
    }
}
