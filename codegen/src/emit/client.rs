//! Emitting `client.rs`: the client, its constructors, one accessor per tag and the untagged
//! operations.

use proc_macro2::TokenStream;
use quote::quote;

use super::starter::{starter, types_prefix};
use super::types::{ident, ty};
use crate::model::names::{CLIENT, snake_name};
use crate::model::{Api, ErrorBody, ErrorField, FieldKind, TypeRef};

/// `Client::builder()` and `Client::new(auth)`, and the `BASE_URL` constant when the spec names
/// an absolute server.
fn constructors(api: &Api) -> (TokenStream, TokenStream) {
    let builder = ident(CLIENT.builder);
    let new = ident(CLIENT.new);
    let headers = api
        .default_headers
        .iter()
        .map(|(name, value)| quote! { .default_header(#name, #value) });
    let defaults = quote! { .user_agent(USER_AGENT) #( #headers )* };
    // The builder fails with the runtime's untyped error; `?` converts it into a typed one.
    let built = if api.errors.body == TypeRef::Value {
        quote! { .build() }
    } else {
        quote! { .build().map_err(Error::from) }
    };
    match &api.base_url {
        Some(url) => (
            quote! {
                /// A builder for a client of the production API ([`Client::BASE_URL`]); set the
                /// authentication, and override the base URL for tests or other regions.
                pub fn #builder() -> cloudsdk_runtime::ClientBuilder<Self> {
                    cloudsdk_runtime::ClientBuilder::new(Self::BASE_URL) #defaults
                }
                /// A client of the production API with the given authentication and default settings.
                pub fn #new(auth: impl cloudsdk_runtime::auth::Authenticator) -> Result<Self, Error> {
                    Self::#builder().auth(auth) #built
                }
            },
            quote! {
                /// The API's base URL, from the spec's first server.
                pub const BASE_URL: &'static str = #url;
            },
        ),
        None => (
            quote! {
                /// A builder for a client of the API at `base_url` (the spec names no absolute server).
                pub fn #builder(base_url: impl Into<String>) -> cloudsdk_runtime::ClientBuilder<Self> {
                    cloudsdk_runtime::ClientBuilder::new(base_url) #defaults
                }
                /// A client of the API at `base_url` with the given authentication and default settings.
                pub fn #new(base_url: impl Into<String>, auth: impl cloudsdk_runtime::auth::Authenticator) -> Result<Self, Error> {
                    Self::#builder(base_url).auth(auth) #built
                }
            },
            TokenStream::new(),
        ),
    }
}

/// The crate's `Error` and `ItemStream`, whose error body defaults to the crate's.
fn error_aliases(api: &Api) -> TokenStream {
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

/// `impl cloudsdk_runtime::ErrorBody` for an error body, reading the fields the model chose.
fn error_body(body: &ErrorBody) -> TokenStream {
    let name = ident(&body.name);
    let code = body.code.as_ref().map(|f| {
        let read = field_text(f, true);
        quote! { fn code(&self) -> Option<std::borrow::Cow<'_, str>> { #read } }
    });
    let message = body.message.as_ref().map(|f| {
        let read = field_text(f, false);
        quote! { fn message(&self) -> Option<&str> { #read } }
    });
    quote! {
        impl cloudsdk_runtime::ErrorBody for crate::types::#name {
            #code
            #message
        }
    }
}

pub(super) fn client_file(api: &Api) -> TokenStream {
    let title = format!(" Client for the {}.", super::api_name(&api.title));
    let raw = ident(CLIENT.raw);
    let accessors = api.groups.iter().map(|g| {
        let m = ident(&g.method);
        let s = ident(&g.struct_name);
        let d = format!(" Operations tagged `{}`.", g.tag);
        quote! {
            #[doc = #d]
            pub fn #m(&self) -> crate::builders::#s<'_> {
                crate::builders::#s { client: self }
            }
        }
    });
    let root_ops = api
        .operations
        .iter()
        .filter(|o| o.group.is_none())
        .map(|o| starter(o, quote! { self }));
    let (constructor, base_const) = constructors(api);
    let server_consts = api.auth.iter().filter_map(|a| {
        let url = a.server_url.as_ref()?;
        let name = ident(&format!("{}_BASE_URL", snake_name(&a.key).to_uppercase()));
        let d = format!(" The base URL to use with the `{}` authentication.", a.key);
        Some(quote! { #[doc = #d] pub const #name: &'static str = #url; })
    });
    let with_options = ident(CLIENT.with_options);
    let aliases = error_aliases(api);
    let bodies = api.errors.bodies.iter().map(error_body);
    quote! {
        //! The client: configuration and one method per operation (or per tag), and the
        //! crate's error.

        #aliases
        #( #bodies )*

        const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

        #[doc = #title]
        ///
        /// Cheap to clone; share one between tasks.
        #[derive(Debug, Clone)]
        pub struct Client {
            pub(crate) raw: cloudsdk_runtime::Client,
        }

        impl From<cloudsdk_runtime::Client> for Client {
            fn from(raw: cloudsdk_runtime::Client) -> Self {
                Self { raw }
            }
        }

        impl Client {
            #base_const
            #( #server_consts )*
            #constructor
            /// The underlying runtime client.
            pub fn #raw(&self) -> &cloudsdk_runtime::Client {
                &self.raw
            }
            /// A handle on this client (the same connections and credentials) whose calls use
            /// `options`: a timeout, extra headers, a retry policy of their own. For one call:
            /// `client.with_options(CallOptions::new().timeout(Some(d))).group().operation().send()`.
            pub fn #with_options(&self, options: cloudsdk_runtime::CallOptions) -> Self {
                Self { raw: self.raw.with_options(options) }
            }
            #( #accessors )*
            #( #root_ops )*
        }
    }
}
