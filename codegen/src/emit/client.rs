//! Emitting `client.rs`: the client, its constructors, one accessor per tag and the untagged
//! operations.

use proc_macro2::TokenStream;
use quote::quote;

use super::starter::{starter, types_prefix};
use super::types::{ident, ty};
use crate::model::names::{CLIENT, snake_name};
use crate::model::{
    Api, EnvCredentials, EnvScheme, ErrorBody, ErrorField, FieldKind, FromEnv, TypeRef,
};

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

/// `call`, whose error is the runtime's untyped one, with the crate's `Error`.
fn typed(api: &Api, call: TokenStream) -> TokenStream {
    if api.errors.body == TypeRef::Value {
        call
    } else {
        quote! { #call.map_err(Error::from) }
    }
}

/// The variables of one way to authenticate, for docs: `` `A`, `B` and `C` (`scheme`) ``.
pub(super) fn env_way(scheme: &EnvScheme) -> String {
    let name = |v: &String| format!("`{v}`");
    let vars: Vec<String> = match &scheme.credentials {
        EnvCredentials::Bearer { token } => vec![name(token)],
        EnvCredentials::Basic { user, password, .. } => vec![name(user), name(password)],
        EnvCredentials::OAuth1 {
            consumer_key,
            consumer_secret,
            token,
            token_secret,
        } => [consumer_key, consumer_secret, token, token_secret]
            .into_iter()
            .map(name)
            .collect(),
        EnvCredentials::ClientCredentials {
            client_id,
            client_secret,
            ..
        } => vec![name(client_id), name(client_secret)],
        EnvCredentials::HeaderKey { key, .. } => vec![name(key)],
    };
    let mut text = match vars.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    if let EnvCredentials::Basic {
        authorization: Some(a),
        ..
    } = &scheme.credentials
    {
        text = format!("`{a}` (a whole `Authorization` value) or {text}");
    }
    let mut notes = vec![format!("`{}`", scheme.key)];
    if let EnvCredentials::ClientCredentials {
        token_url_var,
        audience_var,
        ..
    } = &scheme.credentials
    {
        let overrides = [(token_url_var, "token URL"), (audience_var, "audience")];
        for (var, what) in overrides {
            if let Some(var) = var {
                notes.push(format!("`{var}` overrides the {what}"));
            }
        }
    }
    if let Some(url) = &scheme.base_url {
        notes.push(format!("sent to `{url}`"));
    }
    format!("{text} ({})", notes.join("; "))
}

/// The `static` list of ways the runtime tries.
fn env_schemes(from_env: &FromEnv) -> TokenStream {
    let opt = |v: &Option<String>| match v {
        Some(v) => quote! { Some(#v) },
        None => quote! { None },
    };
    let schemes = from_env.schemes.iter().map(|s| {
        let key = &s.key;
        let base_url = opt(&s.base_url);
        let credentials = match &s.credentials {
            EnvCredentials::Bearer { token } => quote! { Bearer { token: #token } },
            EnvCredentials::Basic {
                user,
                password,
                authorization,
            } => {
                let authorization = opt(authorization);
                quote! { Basic { user: #user, password: #password, authorization: #authorization } }
            }
            EnvCredentials::OAuth1 {
                consumer_key,
                consumer_secret,
                token,
                token_secret,
            } => quote! {
                OAuth1 { consumer_key: #consumer_key, consumer_secret: #consumer_secret, token: #token, token_secret: #token_secret }
            },
            EnvCredentials::ClientCredentials {
                client_id,
                client_secret,
                token_url,
                token_url_var,
                audience,
                audience_var,
                credentials_in_body,
            } => {
                let (token_url_var, audience, audience_var) =
                    (opt(token_url_var), opt(audience), opt(audience_var));
                quote! {
                    ClientCredentials {
                        client_id: #client_id, client_secret: #client_secret, token_url: #token_url,
                        token_url_var: #token_url_var, audience: #audience, audience_var: #audience_var,
                        credentials_in_body: #credentials_in_body,
                    }
                }
            }
            EnvCredentials::HeaderKey { header, key } => {
                quote! { HeaderKey { header: #header, key: #key } }
            }
        };
        quote! {
            cloudsdk_runtime::EnvScheme {
                scheme: #key,
                credentials: cloudsdk_runtime::EnvCredentials::#credentials,
                base_url: #base_url,
            }
        }
    });
    quote! { static SCHEMES: &[cloudsdk_runtime::EnvScheme] = &[ #( #schemes ),* ]; }
}

/// `Client::from_env()` and `Client::builder_from_env(lookup)`, when the model has them.
fn from_env(api: &Api) -> TokenStream {
    let Some(env) = &api.from_env else {
        return TokenStream::new();
    };
    let (builder, from_env, builder_from_env) = (
        ident(CLIENT.builder),
        ident(CLIENT.from_env),
        ident(CLIENT.builder_from_env),
    );
    let ways: Vec<String> = env.schemes.iter().map(env_way).collect();
    let doc = format!(
        " A client with credentials from environment variables: {}. The first complete set wins; `{}` overrides the base URL. When none is complete, the error names the variables to set.",
        ways.join("; or "),
        env.base_url_var,
    );
    let schemes = env_schemes(env);
    let var = &env.base_url_var;
    let built = typed(api, quote! { .build() });
    let configured = typed(api, quote! { .auth_from_env(SCHEMES, #var, &lookup) });
    quote! {
        #[doc = #doc]
        pub fn #from_env() -> Result<Self, Error> {
            Self::#builder_from_env(|name| std::env::var(name).ok())? #built
        }
        /// [`Client::from_env`] as a builder, to change other settings before `build()`;
        /// variables are read through `lookup` (`std::env::var` for the process environment,
        /// a configuration file, a test's values).
        pub fn #builder_from_env(lookup: impl Fn(&str) -> Option<String>) -> Result<cloudsdk_runtime::ClientBuilder<Self>, Error> {
            #schemes
            Self::#builder() #configured
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
    let from_env = from_env(api);
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
