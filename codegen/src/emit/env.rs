//! `Client::from_env()` and `Client::builder_from_env(lookup)` in `client.rs`: the model's
//! schemes as the runtime's `static` list, and how the docs name their variables.

use proc_macro2::TokenStream;
use quote::quote;

use super::errors::typed;
use super::markdown::code;
use super::types::ident;
use crate::model::names::CLIENT;
use crate::model::{Api, EnvCredentials, EnvScheme, FromEnv};

/// The variables of one way to authenticate, for docs: `` `A`, `B` and `C` (`scheme`) ``,
/// every name from the spec a code span.
pub(super) fn env_way(scheme: &EnvScheme) -> String {
    let name = |v: &String| code(v);
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
        EnvCredentials::HeaderKey { key, .. } | EnvCredentials::QueryKey { key, .. } => {
            vec![name(key)]
        }
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
        text = format!("{} (a whole `Authorization` value) or {text}", code(a));
    }
    let mut notes = vec![code(&scheme.key)];
    if let EnvCredentials::ClientCredentials {
        token_url_var,
        audience_var,
        ..
    } = &scheme.credentials
    {
        let overrides = [(token_url_var, "token URL"), (audience_var, "audience")];
        for (var, what) in overrides {
            if let Some(var) = var {
                notes.push(format!("{} overrides the {what}", code(var)));
            }
        }
    }
    if let Some(url) = &scheme.base_url {
        notes.push(format!("sent to {}", code(url)));
    }
    format!("{text} ({})", notes.join("; "))
}

/// The `static` list of ways the runtime tries, through the runtime's `const` constructors
/// (its types are `#[non_exhaustive]`).
fn env_schemes(from_env: &FromEnv) -> TokenStream {
    let schemes = from_env.schemes.iter().map(|s| {
        let key = &s.key;
        let credentials = env_credentials(&s.credentials);
        let mut scheme = quote! {
            cloudsdk_runtime::EnvScheme::new(#key, cloudsdk_runtime::EnvCredentials::#credentials)
        };
        if let Some(url) = &s.base_url {
            scheme = quote! { #scheme.base_url(#url) };
        }
        scheme
    });
    quote! { static SCHEMES: &[cloudsdk_runtime::EnvScheme] = &[ #( #schemes ),* ]; }
}

/// One scheme's `EnvCredentials` constructor call and the setters for what it does not default.
fn env_credentials(credentials: &EnvCredentials) -> TokenStream {
    let setter = |call: &mut TokenStream, name: &str, value: &Option<String>| {
        if let Some(value) = value {
            let name = ident(name);
            *call = quote! { #call.#name(#value) };
        }
    };
    match credentials {
        EnvCredentials::Bearer { token } => quote! { bearer(#token) },
        EnvCredentials::Basic {
            user,
            password,
            authorization,
        } => {
            let mut call = quote! { basic(#user, #password) };
            setter(&mut call, "authorization", authorization);
            call
        }
        EnvCredentials::OAuth1 {
            consumer_key,
            consumer_secret,
            token,
            token_secret,
        } => quote! { oauth1(#consumer_key, #consumer_secret, #token, #token_secret) },
        EnvCredentials::ClientCredentials {
            client_id,
            client_secret,
            token_url,
            token_url_var,
            audience,
            audience_var,
            credentials_in_body,
        } => {
            let mut call = quote! { client_credentials(#client_id, #client_secret, #token_url) };
            setter(&mut call, "token_url_var", token_url_var);
            setter(&mut call, "audience", audience);
            setter(&mut call, "audience_var", audience_var);
            if *credentials_in_body {
                call = quote! { #call.credentials_in_body(true) };
            }
            call
        }
        EnvCredentials::HeaderKey { header, key } => quote! { header_key(#header, #key) },
        EnvCredentials::QueryKey { param, key } => quote! { query_key(#param, #key) },
    }
}

/// `Client::from_env()` and `Client::builder_from_env(lookup)`, when the model has them.
pub(super) fn from_env(api: &Api) -> TokenStream {
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
        " A client with credentials from environment variables: {}. The first complete set wins; {} overrides the base URL. When none is complete, the error names the variables to set.",
        ways.join("; or "),
        code(&env.base_url_var),
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
