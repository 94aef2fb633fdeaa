//! Emitting `client.rs`: the client, its constructors, one accessor per tag and the untagged
//! operations, with the crate's error (`errors`) and `from_env` (`env`).

use proc_macro2::TokenStream;
use quote::quote;

use super::env::from_env;
use super::errors::{error_aliases, error_body, typed};
use super::gates::cfg;
use super::markdown::{code, text};
use super::starter::starter;
use super::types::ident;
use crate::model::Api;
use crate::model::names::CLIENT;

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
    let built = quote! { .build() };
    let built = typed(api, built);
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

pub(super) fn client_file(api: &Api) -> TokenStream {
    let title = format!(" Client for the {}.", text(&super::api_name(&api.title)));
    let raw = ident(CLIENT.raw);
    let accessors = api.groups.iter().map(|g| {
        let m = ident(&g.method);
        let s = ident(&g.struct_name);
        let d = format!(" Operations tagged {}.", code(&g.tag));
        let cfg = cfg(g.feature.as_slice());
        quote! {
            #[doc = #d]
            #cfg
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
    let from_env = from_env(api);
    let server_consts = api.auth.iter().filter_map(|a| {
        let url = a.server_url.as_ref()?;
        let name = ident(a.server_const.as_ref()?);
        let d = format!(
            " The base URL to use with the {} authentication.",
            code(&a.key)
        );
        Some(quote! { #[doc = #d] pub const #name: &'static str = #url; })
    });
    let with_options = ident(CLIENT.with_options);
    let aliases = error_aliases(api);
    let bodies = api.errors.bodies.iter().map(|b| error_body(api, b));
    // A root operation's method takes its required parameters as arguments, as its builder's
    // starter does in builders.rs: the same allow.
    quote! {
        //! The client: configuration and one method per operation (or per tag), and the
        //! crate's error.
        #![allow(clippy::too_many_arguments)]

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
            #from_env
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
