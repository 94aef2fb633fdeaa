//! The method that starts an operation (on the client or a tag's sub-client) and the types
//! its arguments take.

use proc_macro2::TokenStream;
use quote::quote;

use super::markdown::code;
use super::types::{arg_in, doc_attr, ident, ty};
use crate::model::names::BUILDER;
use crate::model::{Body, BodyKind, CallKind, Operation, TypeRef};

/// `crate::types::`, which qualifies named types outside the types module.
pub(super) fn types_prefix() -> TokenStream {
    quote! { crate::types:: }
}

/// The type a body field holds.
pub(super) fn body_field_type(body: &Body) -> TokenStream {
    match body.kind {
        BodyKind::Multipart => quote! { cloudsdk_runtime::multipart::Form },
        BodyKind::Json
        | BodyKind::JsonOrForm
        | BodyKind::Form
        | BodyKind::Binary(_)
        | BodyKind::Text(_) => ty(&body.ty, &types_prefix()),
    }
}

/// The argument type a caller passes for a value of type `t`, and how it becomes `t`.
pub(super) fn arg(t: &TypeRef) -> (TokenStream, TokenStream) {
    arg_in(t, &types_prefix())
}

fn op_doc(op: &Operation) -> TokenStream {
    let mut text = op.summary.clone().unwrap_or_default();
    if let Some(d) = &op.description {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(d);
    }
    let call = code(&format!("{} {}", op.method.as_str(), op.path));
    let mut doc = doc_attr(
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
            let note = doc_attr(Some(&note), "");
            doc.extend(quote! { #[doc = ""] #note });
        }
    }
    let line = format!(" {call} ({})", code(&op.id));
    doc.extend(quote! { #[doc = ""] #[doc = #line] });
    doc
}

/// The method that starts an operation, on the client or a sub-client (`client_expr` is a
/// reference to the client there). The builder holds a clone of the client (one `Arc`), so it
/// and the futures and streams it turns into borrow nothing.
pub(super) fn starter(op: &Operation, client_expr: TokenStream) -> TokenStream {
    let name = ident(&op.method_name);
    let builder = ident(&op.builder_name);
    let client = ident(BUILDER.client);
    let doc = op_doc(op);
    let deprecated = op
        .deprecated
        .then(|| quote! { #[deprecated(note = "deprecated by the API")] });
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for p in &op.params {
        let field = ident(&p.rust_name);
        if !p.required {
            inits.push(quote! { #field: None });
            continue;
        }
        let (t, conv) = arg(&p.ty);
        args.push(quote! { #field: #t });
        inits.push(if conv.is_empty() {
            quote! { #field }
        } else {
            quote! { #field: #field #conv }
        });
    }
    if let Some(body) = &op.body {
        let field = ident(BUILDER.body);
        let (t, conv) = match body.kind {
            BodyKind::Multipart => (body_field_type(body), TokenStream::new()),
            BodyKind::Json
            | BodyKind::JsonOrForm
            | BodyKind::Form
            | BodyKind::Binary(_)
            | BodyKind::Text(_) => arg(&body.ty),
        };
        if body.required {
            args.push(quote! { #field: #t });
            inits.push(quote! { #field: Some(#field #conv) });
        } else {
            inits.push(quote! { #field: None });
        }
        match body.kind {
            BodyKind::JsonOrForm => {
                let as_form = ident(BUILDER.as_form);
                inits.push(quote! { #as_form: false });
            }
            BodyKind::Json
            | BodyKind::Form
            | BodyKind::Multipart
            | BodyKind::Binary(_)
            | BodyKind::Text(_) => {}
        }
    }
    if let CallKind::WebSocket(ws) = &op.kind
        && ws.protocol.keepalive.is_some()
    {
        let field = ident(BUILDER.keepalive_interval);
        inits.push(quote! { #field: None });
    }
    quote! {
        #doc
        #deprecated
        pub fn #name(&self, #( #args ),*) -> crate::builders::#builder {
            crate::builders::#builder { #client: #client_expr.clone(), #( #inits, )* }
        }
    }
}
