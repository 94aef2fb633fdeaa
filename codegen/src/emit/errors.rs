//! The crate's error in `client.rs`: the `Error` and `ItemStream` aliases whose error body
//! defaults to the crate's, and the `ErrorBody` impls reading the code and message fields the
//! model chose.

use proc_macro2::TokenStream;
use quote::quote;

use super::gates::cfg;
use super::starter::types_prefix;
use super::types::{ident, ty};
use crate::model::{Api, ErrorBody, ErrorField, FieldKind, TypeRef};

/// The crate's `Error` and `ItemStream`, whose error body defaults to the crate's.
pub(super) fn error_aliases(api: &Api) -> TokenStream {
    let body = ty(&api.errors.body, &types_prefix());
    let doc = if api.errors.shared {
        " What every call of this client fails with: `Error` alone is what each operation returns. Its accessors say what went wrong: `status()`, `code()` and `message()` (from the API's error body), `request_id()`, `is_not_found()`, `is_retryable()`."
    } else {
        " What the calls of this client fail with. Operations whose errors document another body return `Error<ThatBody>`, which `?` converts into `Error`. Its accessors say what went wrong: `status()`, `code()` and `message()` (from the API's error body), `request_id()`, `is_not_found()`, `is_retryable()`."
    };
    quote! {
        #[doc = #doc]
        pub type Error<E = #body> = cloudsdk_runtime::Error<E>;
        /// The items of a paginated list or the events of an event stream: `'static`, `Send`
        /// and `Unpin`, so it can be read with `StreamExt::next` as it is, spawned or kept in
        /// a struct.
        pub type ItemStream<T, E = #body> = cloudsdk_runtime::ItemStream<T, E>;
    }
}

/// How an error body's field reads as text: `Option<&str>` for a message, `Option<Cow<str>>`
/// for a code.
fn field_text(f: &ErrorField, cow: bool) -> TokenStream {
    let name = ident(&f.field);
    let read = |v: TokenStream| match f.kind {
        FieldKind::Text if !cow => quote! { #v.as_str() },
        FieldKind::Text | FieldKind::Enum => quote! { std::borrow::Cow::Borrowed(#v.as_str()) },
        FieldKind::Integer => quote! { std::borrow::Cow::Owned(#v.to_string()) },
    };
    if f.optional && f.kind == FieldKind::Text && !cow {
        quote! { self.#name.as_deref() }
    } else if f.optional {
        let read = read(quote! { v });
        quote! { self.#name.as_ref().map(|v| #read) }
    } else {
        let read = read(quote! { self.#name });
        quote! { Some(#read) }
    }
}

/// `impl cloudsdk_runtime::ErrorBody` for an error body, reading the fields the model chose,
/// compiled with the type.
pub(super) fn error_body(api: &Api, body: &ErrorBody) -> TokenStream {
    let name = ident(&body.name);
    let features = api.types.iter().find(|t| t.name == body.name);
    let cfg = cfg(features.map_or(&[][..], |t| t.features.as_slice()));
    let code = body.code.as_ref().map(|f| {
        let read = field_text(f, true);
        quote! { fn code(&self) -> Option<std::borrow::Cow<'_, str>> { #read } }
    });
    let message = body.message.as_ref().map(|f| {
        let read = field_text(f, false);
        quote! { fn message(&self) -> Option<&str> { #read } }
    });
    quote! {
        #cfg
        impl cloudsdk_runtime::ErrorBody for crate::types::#name {
            #code
            #message
        }
    }
}

/// `call`, whose error is the runtime's untyped one, with the crate's `Error`.
pub(super) fn typed(api: &Api, call: TokenStream) -> TokenStream {
    if api.errors.body == TypeRef::Value {
        call
    } else {
        quote! { #call.map_err(Error::from) }
    }
}
