//! The method that starts an operation (on the client or a tag's sub-client) and the types
//! its arguments take.

use proc_macro2::TokenStream;
use quote::quote;

use super::markdown::code;
use super::text_builders::{Init, Slot, StarterSpec};
use super::types::{arg_in, doc_lines, ident, ty};
use crate::model::names::BUILDER;
use crate::model::{Body, BodyKind, CallKind, Operation, TypeRef};

/// `crate::types::`, which qualifies named types outside the types module.
pub(super) fn types_prefix() -> TokenStream {
    quote! { crate::types:: }
}

/// The argument type a caller passes for a value of type `t`, and how it becomes `t`.
pub(super) fn arg(t: &TypeRef) -> (TokenStream, TokenStream) {
    arg_in(t, &types_prefix())
}

/// The `#[doc]` values of an operation's starter.
fn op_doc(op: &Operation) -> Vec<String> {
    let mut text = op.summary.clone().unwrap_or_default();
    if let Some(d) = &op.description {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(d);
    }
    let call = code(&format!("{} {}", op.method.as_str(), op.path));
    let mut doc = doc_lines(
        Some(&text)
            .filter(|t| !t.trim().is_empty())
            .map(String::as_str),
        &call,
    );
    // Required parameters are arguments, with no setter to document their bounds on.
    for p in op.params.iter().filter(|p| p.required) {
        if let Some(note) = super::docs::bounds_note(&p.bounds) {
            let note = note.strip_prefix("Bounds: ").unwrap_or(&note);
            let note = format!("{} bounds: {note}", code(&p.rust_name));
            doc.push(String::new());
            doc.extend(doc_lines(Some(&note), ""));
        }
    }
    doc.push(String::new());
    doc.push(format!(" {call} ({})", code(&op.id)));
    doc
}

/// What the method that starts `op` takes and sets.
pub(super) fn starter_spec(op: &Operation) -> StarterSpec<'_> {
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for p in &op.params {
        let field = p.rust_name.as_str();
        if !p.required {
            inits.push(Init::Unset {
                field,
                switch: false,
            });
            continue;
        }
        let slot = Slot::Model(&p.ty);
        args.push((field, slot));
        inits.push(Init::Arg {
            field,
            slot,
            some: false,
        });
    }
    if let Some(body) = &op.body {
        body_inits(body, &mut args, &mut inits);
    }
    if let CallKind::WebSocket(ws) = &op.kind
        && ws.protocol.keepalive.is_some()
    {
        inits.push(Init::Unset {
            field: BUILDER.keepalive_interval,
            switch: false,
        });
    }
    StarterSpec {
        doc: op_doc(op),
        deprecated: op.deprecated,
        method: &op.method_name,
        builder: &op.builder_name,
        args,
        inits,
    }
}

/// The body's argument (when it is required) and how the starter sets the body's fields.
fn body_inits<'a>(body: &'a Body, args: &mut Vec<(&'a str, Slot<'a>)>, inits: &mut Vec<Init<'a>>) {
    let field = BUILDER.body;
    let slot = Slot::body(body);
    if body.required {
        args.push((field, slot));
        inits.push(Init::Arg {
            field,
            slot,
            some: true,
        });
    } else {
        inits.push(Init::Unset {
            field,
            switch: false,
        });
    }
    if body.kind == BodyKind::JsonOrForm {
        inits.push(Init::Unset {
            field: BUILDER.as_form,
            switch: true,
        });
    }
}

/// The method that starts an operation, on the client or a sub-client (`client_expr` is a
/// reference to the client there). The builder holds a clone of the client (one `Arc`), so it
/// and the futures and streams it turns into borrow nothing.
pub(super) fn starter(op: &Operation, client_expr: TokenStream) -> TokenStream {
    starter_tokens(&starter_spec(op), client_expr)
}

/// [`starter`] of a spec (what [`text_builders::starter`] writes as text).
pub(super) fn starter_tokens(s: &StarterSpec<'_>, client_expr: TokenStream) -> TokenStream {
    let name = ident(s.method);
    let builder = ident(s.builder);
    let client = ident(BUILDER.client);
    let doc = &s.doc;
    let deprecated = s
        .deprecated
        .then(|| quote! { #[deprecated(note = "deprecated by the API")] });
    let args = s.args.iter().map(|(field, slot)| {
        let field = ident(field);
        let t = slot_arg(*slot).0;
        quote! { #field: #t }
    });
    let inits = s.inits.iter().map(init_tokens);
    quote! {
        #( #[doc = #doc] )*
        #deprecated
        pub fn #name(&self, #( #args ),*) -> crate::builders::#builder {
            crate::builders::#builder { #client: #client_expr.clone(), #( #inits, )* }
        }
    }
}

/// The type a builder's field of this slot holds (outside the model: in the runtime or `std`).
pub(super) fn slot_type(slot: Slot<'_>) -> TokenStream {
    match slot {
        Slot::Model(t) => ty(t, &types_prefix()),
        Slot::Form => quote! { cloudsdk_runtime::multipart::Form },
        Slot::Bool => quote! { bool },
        Slot::Duration => quote! { std::time::Duration },
    }
}

/// The argument type a caller passes for a slot, and how it becomes the slot's value.
pub(super) fn slot_arg(slot: Slot<'_>) -> (TokenStream, TokenStream) {
    match slot {
        Slot::Model(t) => arg(t),
        other => (slot_type(other), TokenStream::new()),
    }
}

fn init_tokens(init: &Init<'_>) -> TokenStream {
    match init {
        Init::Arg { field, slot, some } => {
            let field = ident(field);
            let conv = slot_arg(*slot).1;
            match (some, conv.is_empty()) {
                (true, _) => quote! { #field: Some(#field #conv) },
                (false, true) => quote! { #field },
                (false, false) => quote! { #field: #field #conv },
            }
        }
        Init::Unset { field, switch } => {
            let field = ident(field);
            if *switch {
                quote! { #field: false }
            } else {
                quote! { #field: None }
            }
        }
    }
}
