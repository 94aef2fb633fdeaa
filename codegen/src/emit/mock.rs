//! Emitting `mock.rs` (behind the crate's `mock` feature): a `MockServer` with one method per
//! operation, grouped by tag like the client, each returning `cloudsdk_mock::When` typed with the
//! operation's body, success, error and item (or stream message) types, over a `static` table
//! of routes that read the request builders' `OPERATION` constants (websocket operations
//! included). All behaviour lives in `cloudsdk-mock`; this is only typed glue, so it stays
//! small.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::markdown::{code, text};
use super::types::{ident, ty};
use crate::model::names::CLIENT;
use crate::model::{
    Api, CallKind, Group, Operation, Pagination, ParamLocation, PathStyle, ResponseKind, Success,
    TypeRef, WebSocket, WebSocketAuth,
};

/// The generated server's name. Tag groups' structs always end in `Api` (see
/// `model::groups`), so it cannot collide with one.
const SERVER: &str = "MockServer";

pub(super) fn mock_file(api: &Api) -> TokenStream {
    let mocked: Vec<(usize, &Operation)> = api.operations.iter().enumerate().collect();
    let routes: Vec<TokenStream> = mocked.iter().map(|(_, op)| route(op)).collect();
    let count = Literal::usize_unsuffixed(mocked.len());
    let groups = group_structs(api, &mocked);
    let accessors = group_accessors(api, &mocked);
    let root_ops = mocked
        .iter()
        .filter(|(_, op)| op.group.is_none())
        .map(|(i, op)| method(*i, op, quote! { &self.raw }))
        .collect::<Vec<_>>();
    let alias = api
        .mock_names_types()
        .then(|| quote! { use crate::types as t; });
    let server = ident(SERVER);
    let own = server_methods(api);
    let title = format!(
        " A mock of the {} on 127.0.0.1, for testing code that uses [`crate::Client`].",
        text(&super::api_name(&api.title))
    );
    quote! {
        //! Test doubles: a mock server speaking this API, with expectations written in its types
        //! (the `mock` feature; see the README's "Testing your code").
        #![allow(clippy::type_complexity)]

        pub use cloudsdk_mock::{Auth, Credential, Events, Messages, MockError, Mocked, Report, TokenEndpoint, When};
        #alias

        #[doc = #title]
        ///
        /// Point a client at it with [`builder`](Self::builder), register expectations per
        /// operation (grouped by tag, as on the client), then call `verify()`; the generic
        /// machinery (`verify`, `require`, `requests`, …) is `cloudsdk_mock::MockServer`'s, reached
        /// through `Deref` or [`raw`](Self::raw).
        #[derive(Debug)]
        pub struct #server {
            raw: cloudsdk_mock::MockServer,
        }

        impl #server {
            #own
            #( #accessors )*
            #( #root_ops )*
        }

        impl ::std::ops::Deref for #server {
            type Target = cloudsdk_mock::MockServer;
            fn deref(&self) -> &cloudsdk_mock::MockServer {
                &self.raw
            }
        }

        #( #groups )*

        static ROUTES: [cloudsdk_mock::Route; #count] = [ #( #routes ),* ];
    }
}

/// The tags that have operations, with their index in `api.groups`.
fn used_groups<'a>(
    api: &'a Api,
    mocked: &'a [(usize, &Operation)],
) -> impl Iterator<Item = (usize, &'a Group)> {
    api.groups
        .iter()
        .enumerate()
        .filter(move |(g, _)| mocked.iter().any(|(_, op)| op.group == Some(*g)))
}

/// One struct per tag, holding that tag's expectation methods.
fn group_structs(api: &Api, mocked: &[(usize, &Operation)]) -> Vec<TokenStream> {
    used_groups(api, mocked)
        .map(|(g, group)| {
            let name = ident(&group.struct_name);
            let doc = format!(
                " Expectations for the operations tagged {}.",
                code(&group.tag)
            );
            let methods = mocked
                .iter()
                .filter(|(_, op)| op.group == Some(g))
                .map(|(i, op)| method(*i, op, quote! { self.raw }));
            quote! {
                #[doc = #doc]
                #[derive(Debug, Clone, Copy)]
                pub struct #name<'a> {
                    raw: &'a cloudsdk_mock::MockServer,
                }
                impl<'a> #name<'a> {
                    #( #methods )*
                }
            }
        })
        .collect()
}

/// The server's accessor for each tag's struct (`mock.logs()`).
fn group_accessors(api: &Api, mocked: &[(usize, &Operation)]) -> Vec<TokenStream> {
    used_groups(api, mocked)
        .map(|(_, g)| {
            let (m, s) = (ident(&g.method), ident(&g.struct_name));
            let doc = format!(" Expectations for the operations tagged {}.", code(&g.tag));
            quote! {
                #[doc = #doc]
                pub fn #m(&self) -> #s<'_> {
                    #s { raw: &self.raw }
                }
            }
        })
        .collect()
}

/// `new`, `raw`, `base_url` and `builder`: names no operation can take on the client, so none
/// takes them here either.
fn server_methods(api: &Api) -> TokenStream {
    let (new, raw, builder) = (ident(CLIENT.new), ident(CLIENT.raw), ident(CLIENT.builder));
    let base_url = ident("base_url");
    let mut client_builder = match api.base_url {
        Some(_) => quote! { crate::Client::#builder().base_url(self.raw.url()) },
        None => quote! { crate::Client::#builder(self.raw.url()) },
    };
    // The same server answers the websocket upgrades.
    if api
        .operations
        .iter()
        .any(|o| matches!(o.kind, CallKind::WebSocket(_)))
    {
        client_builder.extend(quote! { .websocket_base_url(self.raw.ws_url()) });
    }
    quote! {
        /// Starts the server on 127.0.0.1 (a free port); it stops when dropped. Must be called
        /// inside a tokio runtime.
        pub async fn #new() -> ::std::io::Result<Self> {
            Ok(Self { raw: cloudsdk_mock::MockServer::with_routes(&ROUTES).await? })
        }
        /// The generic server: verification, auth, recorded requests.
        pub fn #raw(&self) -> &cloudsdk_mock::MockServer {
            &self.raw
        }
        /// `http://127.0.0.1:<port>`.
        pub fn #base_url(&self) -> ::std::string::String {
            self.raw.url()
        }
        /// A client builder pointed at this server; add the authentication and `build()`.
        pub fn #builder(&self) -> cloudsdk_runtime::ClientBuilder<crate::Client> {
            #client_builder
        }
    }
}

/// The method returning the operation's typed expectation.
fn method(index: usize, op: &Operation, raw: TokenStream) -> TokenStream {
    let name = ident(&op.method_name);
    let index = Literal::usize_unsuffixed(index);
    let doc = format!(
        " {} ({})",
        code(&format!("{} {}", op.method.as_str(), op.path)),
        code(&op.id)
    );
    let types = op.mock_types();
    let unit_or = |t: Option<&TypeRef>| t.map_or_else(|| quote! { () }, short_ty);
    let (body, item) = (unit_or(types.body), unit_or(types.item));
    let (success, error) = (short_ty(types.success), short_ty(types.error));
    quote! {
        #[doc = #doc]
        pub fn #name(&self) -> When<'_, #body, #success, #error, #item> {
            When::new(#raw, &ROUTES[#index])
        }
    }
}

/// A type as the mock module writes it, short so that each method stays a few lines: the
/// crate's types through `t::` (`use crate::types as t`), and `String` and `Vec` unqualified
/// (the module declares only `MockServer`, `…Api` groups and `ROUTES`, so nothing shadows them).
fn short_ty(t: &TypeRef) -> TokenStream {
    match t {
        TypeRef::String => quote! { String },
        TypeRef::Vec(inner) => {
            let inner = short_ty(inner);
            quote! { Vec<#inner> }
        }
        other => ty(other, &quote! { t:: }),
    }
}

/// The operation's constant route data: the request builder's `OPERATION` (method, path,
/// authentication, signing URL, documented errors), and what only the mock needs.
fn route(op: &Operation) -> TokenStream {
    if let CallKind::WebSocket(ws) = &op.kind {
        return socket_route(op, ws);
    }
    let builder = ident(&op.builder_name);
    let mut expr = quote! { cloudsdk_mock::Route::new(crate::builders::#builder::OPERATION) };
    expr.extend(query(op));
    expr.extend(optional_segments(op));
    expr.extend(path_styles(op));
    expr.extend(reserved_params(op));
    let (status, kind) = match &op.success {
        Success::Single { kind, .. } => (200u16, *kind),
        Success::ByStatus { variants, .. } => variants
            .first()
            .map_or((200, ResponseKind::Json), |(code, _, kind, _)| {
                (*code, *kind)
            }),
    };
    if (status, kind) != (200, ResponseKind::Json) {
        let (status, kind) = (Literal::u16_unsuffixed(status), body_kind(kind));
        expr.extend(quote! { .success(#status, #kind) });
    }
    if let Some(stream) = stream(&op.kind) {
        expr.extend(quote! { .stream(#stream) });
    }
    if !op.examples.is_empty() {
        // Spec text, printed only as escaped string literals.
        let examples = op.examples.iter().map(|(status, text)| {
            let (status, text) = (Literal::u16_unsuffixed(*status), Literal::string(text));
            quote! { (#status, #text) }
        });
        expr.extend(quote! { .examples(&[ #( #examples ),* ]) });
    }
    expr
}

/// `.query(&[…])`: the documented query parameters, when there are any.
fn query(op: &Operation) -> TokenStream {
    let query: Vec<&str> = op
        .params
        .iter()
        .filter(|p| matches!(p.location, ParamLocation::Query(_)))
        .map(|p| p.name.as_str())
        .collect();
    if query.is_empty() {
        return TokenStream::new();
    }
    quote! { .query(&[ #( #query ),* ]) }
}

/// `.optional_segments(&[…])`: the `x-optional-segment` path parameters, when there are any.
fn optional_segments(op: &Operation) -> TokenStream {
    let optional = |l: &ParamLocation| {
        matches!(
            l,
            ParamLocation::Path {
                optional_segment: true,
                ..
            }
        )
    };
    flagged_path_params(op, "optional_segments", optional)
}

/// `.reserved_params(&[…])`: the path parameters sent with their slashes (`x-allow-reserved`),
/// when there are any (the mock lets such a parameter span segments).
fn reserved_params(op: &Operation) -> TokenStream {
    let reserved = |l: &ParamLocation| {
        matches!(
            l,
            ParamLocation::Path {
                allow_reserved: true,
                ..
            }
        )
    };
    flagged_path_params(op, "reserved_params", reserved)
}

/// `.setter(&[…])` with the names of the parameters whose location `flagged` accepts, in
/// order; nothing when there are none.
fn flagged_path_params(
    op: &Operation,
    setter: &str,
    flagged: impl Fn(&ParamLocation) -> bool,
) -> TokenStream {
    let names: Vec<&str> = (op.params.iter())
        .filter(|p| flagged(&p.location))
        .map(|p| p.name.as_str())
        .collect();
    if names.is_empty() {
        return TokenStream::new();
    }
    let setter = format_ident!("{setter}");
    quote! { .#setter(&[ #( #names ),* ]) }
}

/// `.path_styles(&[…])`: the path parameters declared in the label or matrix style, with it,
/// when there are any (the mock reads those in exactly that style, and writes links in it).
fn path_styles(op: &Operation) -> TokenStream {
    let styled: Vec<TokenStream> = op
        .params
        .iter()
        .filter_map(|p| match p.location {
            ParamLocation::Path { style, .. } if !matches!(style, PathStyle::Simple { .. }) => {
                let (name, style) = (p.name.as_str(), super::builders::path_style(style));
                Some(quote! { (#name, #style) })
            }
            _ => None,
        })
        .collect();
    if styled.is_empty() {
        return TokenStream::new();
    }
    quote! { .path_styles(&[ #( #styled ),* ]) }
}

/// A websocket's route: the upgrade request (a `GET` of the URL's path, on the mock's origin as
/// the client moves it there; the runtime declares websockets apart, so the route says it
/// here), its query parameters, how it authenticates and resumes.
fn socket_route(op: &Operation, ws: &WebSocket) -> TokenStream {
    let id = &op.id;
    let after_scheme = ws.url.split_once("://").map_or("", |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let mut operation = quote! {
        cloudsdk_runtime::Operation::new(#id, cloudsdk_runtime::Method::GET, #path, true)
    };
    if ws.auth == WebSocketAuth::None || !op.authenticated {
        operation.extend(quote! { .authenticated(false) });
    }
    if let Some(url) = &ws.signing_url {
        operation.extend(quote! { .signing_url(#url) });
    }
    let mut expr = quote! { cloudsdk_mock::Route::new(const { &#operation }) };
    expr.extend(query(op));
    let resume = match &ws.resume {
        Some((param, field)) => quote! { Some((#param, #field)) },
        None => quote! { None },
    };
    let first_message = ws.auth == WebSocketAuth::FirstMessage;
    expr.extend(quote! {
        .stream(cloudsdk_mock::Stream::WebSocket { resume: #resume, first_message: #first_message })
    });
    expr.extend(control_frame(
        quote! { ready },
        ws.protocol.ready.as_deref(),
    ));
    expr.extend(control_frame(
        quote! { auth_error },
        ws.protocol.auth_error.as_deref(),
    ));
    expr
}

/// `.ready(&[(field, value), …])` or `.auth_error(…)` when the stream declares that frame.
fn control_frame(setter: TokenStream, fields: Option<&[(String, String)]>) -> TokenStream {
    let Some(fields) = fields else {
        return TokenStream::new();
    };
    let pairs = fields
        .iter()
        .map(|(field, value)| quote! { (#field, #value) });
    quote! { .#setter(&[#(#pairs),*]) }
}

fn body_kind(kind: ResponseKind) -> TokenStream {
    match kind {
        ResponseKind::Empty => quote! { cloudsdk_mock::BodyKind::Empty },
        ResponseKind::Json => quote! { cloudsdk_mock::BodyKind::Json },
        ResponseKind::Text => quote! { cloudsdk_mock::BodyKind::Text },
        ResponseKind::Binary => quote! { cloudsdk_mock::BodyKind::Binary },
    }
}

fn stream(kind: &CallKind) -> Option<TokenStream> {
    Some(match kind {
        CallKind::Paginated {
            pagination: Pagination::MetaNext { items },
            ..
        } => {
            quote! { cloudsdk_mock::Stream::MetaNext { items: #items } }
        }
        CallKind::Paginated {
            pagination:
                Pagination::PageNumber {
                    items,
                    page,
                    per_page,
                    pages,
                },
            ..
        } => quote! {
            cloudsdk_mock::Stream::PageNumber { items: #items, page: #page, per_page: #per_page, pages: #pages }
        },
        CallKind::Events(events) => {
            let resume = match &events.resume {
                Some((param, field)) => quote! { Some((#param, #field)) },
                None => quote! { None },
            };
            quote! { cloudsdk_mock::Stream::Events { resume: #resume } }
        }
        CallKind::Request | CallKind::Download | CallKind::WebSocket(_) => return None,
    })
}
