//! Emitting the client (`lib.rs`) and the request builders (`builders.rs`).

use proc_macro2::TokenStream;
use quote::quote;

use super::types::{doc_attr, ident, ty};
use crate::model::{
    Api, Body, BodyKind, Operation, Pagination, Param, ParamLocation, QueryStyle, ResponseKind,
    StatusMatch, Success, TypeRef, WebSocketAuth,
};

fn types_prefix() -> TokenStream {
    quote! { crate::types:: }
}

/// The argument type a caller passes for a value of type `t`, and how it becomes `t`.
fn arg(t: &TypeRef) -> (TokenStream, TokenStream) {
    match t {
        TypeRef::String => (quote! { impl Into<String> }, quote! { .into() }),
        other => (ty(other, &types_prefix()), TokenStream::new()),
    }
}

fn op_doc(op: &Operation) -> TokenStream {
    let mut text = op.summary.clone().unwrap_or_default();
    if let Some(d) = &op.description {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(d);
    }
    let fallback = format!("`{} {}`", op.http_method, op.path);
    let mut doc = doc_attr(
        Some(&text)
            .filter(|t| !t.trim().is_empty())
            .map(String::as_str),
        &fallback,
    );
    let line = format!(" `{} {}` (`{}`)", op.http_method, op.path, op.id);
    doc.extend(quote! { #[doc = ""] #[doc = #line] });
    doc
}

/// The method that starts an operation, on the client or a sub-client.
/// `lifetime` is the builder's: `'a` on a sub-client (the builder borrows the client, not the
/// short-lived sub-client value), `'_` on the client itself.
fn starter(op: &Operation, client_expr: TokenStream, lifetime: TokenStream) -> TokenStream {
    let name = ident(&op.method_name);
    let builder = ident(&op.builder_name);
    let doc = op_doc(op);
    let deprecated = op
        .deprecated
        .then(|| quote! { #[deprecated(note = "deprecated by the API")] });
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for p in &op.params {
        let field = ident(&p.rust_name);
        if p.required {
            let (t, conv) = arg(&p.ty);
            args.push(quote! { #field: #t });
            inits.push(if conv.is_empty() {
                quote! { #field }
            } else {
                quote! { #field: #field #conv }
            });
        } else {
            inits.push(quote! { #field: None });
        }
    }
    if let Some(body) = &op.body {
        if body.kind == BodyKind::Multipart {
            if body.required {
                args.push(quote! { body: cloudsdk_runtime::multipart::Form });
                inits.push(quote! { body: Some(body) });
            } else {
                inits.push(quote! { body: None });
            }
        } else if body.required {
            let (t, conv) = arg(&body.ty);
            args.push(quote! { body: #t });
            inits.push(quote! { body: Some(body #conv) });
        } else {
            inits.push(quote! { body: None });
        }
        if body.also_form {
            inits.push(quote! { as_form: false });
        }
    }
    quote! {
        #doc
        #deprecated
        pub fn #name(&self, #( #args ),*) -> crate::builders::#builder<#lifetime> {
            crate::builders::#builder { client: #client_expr, #( #inits, )* }
        }
    }
}

fn body_field_type(body: &Body) -> TokenStream {
    match body.kind {
        BodyKind::Multipart => quote! { cloudsdk_runtime::multipart::Form },
        _ => ty(&body.ty, &types_prefix()),
    }
}

fn status_matches(errors: &[StatusMatch]) -> TokenStream {
    let items = errors.iter().map(|e| match e {
        StatusMatch::Code(c) => quote! { cloudsdk_runtime::StatusMatch::Code(#c) },
        StatusMatch::Class(c) => quote! { cloudsdk_runtime::StatusMatch::Class(#c) },
        StatusMatch::Default => quote! { cloudsdk_runtime::StatusMatch::Default },
    });
    quote! { &[ #( #items ),* ] }
}

fn query_style(style: QueryStyle) -> TokenStream {
    match style {
        QueryStyle::Form { explode } => {
            quote! { cloudsdk_runtime::QueryStyle::Form { explode: #explode } }
        }
        QueryStyle::SpaceDelimited => quote! { cloudsdk_runtime::QueryStyle::SpaceDelimited },
        QueryStyle::PipeDelimited => quote! { cloudsdk_runtime::QueryStyle::PipeDelimited },
        QueryStyle::DeepObject => quote! { cloudsdk_runtime::QueryStyle::DeepObject },
    }
}

fn param_fill(p: &Param) -> TokenStream {
    let name = &p.name;
    let field = ident(&p.rust_name);
    match p.location {
        ParamLocation::Path if p.allow_reserved => {
            quote! { request.path_param_reserved(#name, &self.#field); }
        }
        ParamLocation::Path => quote! { request.path_param(#name, &self.#field); },
        ParamLocation::Query => {
            let style = query_style(p.style);
            quote! { request.query(#name, &self.#field, #style); }
        }
        ParamLocation::Header => quote! { request.header(#name, &self.#field); },
        ParamLocation::Cookie => quote! { request.cookie(#name, &self.#field); },
    }
}

fn success_type(op: &Operation) -> TokenStream {
    match &op.success {
        Success::Single { ty: t, .. } => ty(t, &types_prefix()),
        Success::ByStatus { name, .. } => {
            let n = ident(name);
            quote! { crate::types::#n }
        }
    }
}

fn builder(op: &Operation, api: &Api) -> TokenStream {
    let name = ident(&op.builder_name);
    let starter_path = match op.group {
        Some(g) => format!(
            "crate::builders::{}::{}",
            api.groups[g].struct_name, op.method_name
        ),
        None => format!("crate::Client::{}", op.method_name),
    };
    let doc = if op.websocket.is_some() {
        format!(
            " Stream builder for [`{}`]; start it with [`connect`]({}::connect).",
            starter_path, op.builder_name
        )
    } else {
        format!(
            " Request builder for [`{}`]; finish with [`send`]({}::send).",
            starter_path, op.builder_name
        )
    };
    let doc = quote! { #[doc = #doc] };
    let mut fields = Vec::new();
    let mut setters = Vec::new();
    for p in &op.params {
        let field = ident(&p.rust_name);
        let t = ty(&p.ty, &types_prefix());
        if p.required {
            fields.push(quote! { #field: #t });
        } else {
            fields.push(quote! { #field: Option<#t> });
            let mut text = p.description.clone().unwrap_or_else(|| {
                format!("Sets the `{}` {} parameter.", p.name, p.location.as_str())
            });
            if p.deprecated {
                text.push_str("\n\n**Deprecated** by the API.");
            }
            let pdoc = doc_attr(Some(&text), "");
            let (at, conv) = arg(&p.ty);
            setters.push(quote! {
                #pdoc
                pub fn #field(mut self, value: #at) -> Self {
                    self.#field = Some(value #conv);
                    self
                }
            });
        }
    }
    let mut fill = op.params.iter().map(param_fill).collect::<Vec<_>>();
    if let Some(accept) = &op.accept {
        fill.push(quote! { request.header("accept", &#accept); });
    }
    let mut clone = quote! { Clone, };
    if let Some(body) = &op.body {
        let t = body_field_type(body);
        fields.push(quote! { body: Option<#t> });
        if !body.required {
            let bdoc = doc_attr(body.description.as_deref(), "Sets the request body.");
            let (at, conv) = if body.kind == BodyKind::Multipart {
                (t.clone(), TokenStream::new())
            } else {
                arg(&body.ty)
            };
            setters.push(quote! {
                #bdoc
                pub fn body(mut self, value: #at) -> Self {
                    self.body = Some(value #conv);
                    self
                }
            });
        }
        if body.also_form {
            fields.push(quote! { as_form: bool });
            setters.push(quote! {
                /// Sends the body as `application/x-www-form-urlencoded` instead of JSON.
                pub fn as_form(mut self) -> Self {
                    self.as_form = true;
                    self
                }
            });
        }
        fill.push(match &body.kind {
            BodyKind::Json if body.also_form => quote! {
                if let Some(body) = &self.body {
                    if self.as_form { request.form(body); } else { request.json(body); }
                }
            },
            BodyKind::Json => quote! { if let Some(body) = &self.body { request.json(body); } },
            BodyKind::Form => quote! { if let Some(body) = &self.body { request.form(body); } },
            BodyKind::Multipart => {
                clone = TokenStream::new();
                quote! { if let Some(body) = self.body { request.multipart(body); } }
            }
            BodyKind::Binary(ct) => {
                quote! { if let Some(body) = self.body { request.bytes(#ct, body); } }
            }
            BodyKind::Text(ct) => {
                quote! { if let Some(body) = self.body { request.text(#ct, body); } }
            }
        });
    }
    let id = &op.id;
    let method = ident(&op.http_method);
    let path = &op.path;
    let authenticated = op.authenticated;
    let idempotent = matches!(
        op.http_method.as_str(),
        "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE"
    );
    let signing = match &op.signing_url {
        Some(s) => quote! { Some(#s) },
        None => quote! { None },
    };
    let errors = status_matches(&op.errors);
    let error_ty = ty(&op.error_type, &types_prefix());
    let out = success_type(op);
    let let_request = |make: TokenStream| {
        if fill.is_empty() {
            quote! { let request = #make; }
        } else {
            quote! { let mut request = #make; }
        }
    };

    if let Some(ws) = &op.websocket {
        let url = &ws.url;
        let mut op_expr = quote! { cloudsdk_runtime::WebSocketOperation::new(#id, #url) };
        if let Some(signing) = &ws.signing_url {
            op_expr = quote! { #op_expr.signing_url(#signing) };
        }
        let mode = match ws.auth {
            WebSocketAuth::Header => quote! { Header },
            WebSocketAuth::FirstMessage => quote! { FirstMessage },
            WebSocketAuth::None => quote! { None },
        };
        op_expr = quote! { #op_expr.auth(cloudsdk_runtime::AuthMode::#mode) };
        if let Some((parameter, field)) = &ws.resume {
            op_expr = quote! { #op_expr.resume(cloudsdk_runtime::Resume { parameter: #parameter, field: #field }) };
        }
        let message = ty(&ws.message, &types_prefix());
        let connect = match &ws.send {
            Some(send) => {
                let send = ty(send, &types_prefix());
                let doc = format!(
                    " Connects to `{url}` and returns the stream of messages with a sender for the input: an interactive session, so it is not reconnected; the stream ends when the server closes it."
                );
                quote! {
                    #[doc = #doc]
                    pub fn connect(self) -> (cloudsdk_runtime::WebSocketStream<#message>, cloudsdk_runtime::WebSocketSender<#send>) {
                        static OPERATION: cloudsdk_runtime::WebSocketOperation = #op_expr;
                        let mut request = self.client.raw().websocket(&OPERATION);
                        #( #fill )*
                        request.reconnect(cloudsdk_runtime::ReconnectPolicy::none());
                        let stream = request.connect();
                        let sender = stream.sender();
                        (stream, sender)
                    }
                }
            }
            None => {
                let let_request = let_request(quote! { self.client.raw().websocket(&OPERATION) });
                let doc = format!(
                    " Connects to `{url}` and yields each message; reconnects (and resumes{}) when the connection drops.",
                    if ws.resume.is_some() {
                        " where it left off"
                    } else {
                        " from the server's position"
                    }
                );
                quote! {
                    #[doc = #doc]
                    pub fn connect(self) -> cloudsdk_runtime::WebSocketStream<#message> {
                        static OPERATION: cloudsdk_runtime::WebSocketOperation = #op_expr;
                        #let_request
                        #( #fill )*
                        request.connect()
                    }
                }
            }
        };
        return quote! {
            #doc
            #[derive(Debug, #clone)]
            #[must_use = "a stream does nothing until `.connect()` is polled"]
            pub struct #name<'a> {
                pub(crate) client: &'a crate::Client,
                #( pub(crate) #fields, )*
            }
            impl #name<'_> {
                #( #setters )*
                #connect
            }
        };
    }

    // Sending and decoding is one generic future in the runtime; an operation only names how
    // its success response becomes its value, so it carries no async code of its own.
    let (decode, decode_fn) = match &op.success {
        Success::Single { kind, .. } => {
            let f = match kind {
                ResponseKind::Empty => quote! { cloudsdk_runtime::decode::empty },
                ResponseKind::Json => quote! { cloudsdk_runtime::decode::json },
                ResponseKind::Text => quote! { cloudsdk_runtime::decode::text },
                ResponseKind::Binary => quote! { cloudsdk_runtime::decode::bytes },
            };
            (f, TokenStream::new())
        }
        Success::ByStatus { name, variants } => {
            let n = ident(name);
            let arms = variants.iter().map(|(code, v, kind, _)| {
                let v = ident(v);
                let value = match kind {
                    ResponseKind::Empty => quote! { () },
                    ResponseKind::Json => quote! { response.json()? },
                    ResponseKind::Text => quote! { response.text() },
                    ResponseKind::Binary => quote! { response.bytes() },
                };
                quote! { #code => crate::types::#n::#v(#value), }
            });
            (
                quote! { Self::decode },
                quote! {
                    fn decode(response: cloudsdk_runtime::Response) -> Result<cloudsdk_runtime::ResponseValue<#out>, crate::Error<#error_ty>> {
                        let (status, headers) = (response.status(), response.headers().clone());
                        let value = match status.as_u16() {
                            #( #arms )*
                            _ => return Err(response.unexpected()),
                        };
                        Ok(cloudsdk_runtime::ResponseValue { status, headers, value })
                    }
                },
            )
        }
    };
    let send_doc = format!(
        " Sends the request (`{} {}`) and returns the decoded body.{}",
        op.http_method,
        op.path,
        if op.events.is_some() {
            " The body is an event stream: this waits for the server to end it, so for a live stream use [`stream`](Self::stream)."
        } else {
            ""
        }
    );
    let extra = match (&op.pagination, &op.success) {
        (Some((style, item)), _) => {
            let item = ty(item, &types_prefix());
            let style = match style {
                Pagination::MetaNext { items } => {
                    quote! { cloudsdk_runtime::Pagination::MetaNext { items: #items } }
                }
                Pagination::PageNumber {
                    items,
                    page,
                    per_page,
                    pages,
                } => quote! {
                    cloudsdk_runtime::Pagination::PageNumber { items: #items, page: #page, per_page: #per_page, pages: #pages }
                },
            };
            quote! {
                /// Every item of every page, as a stream that fetches the next page when it needs
                /// it (use `cloudsdk_runtime::StreamExt::next`). Parameters set on this builder
                /// apply to every page.
                pub fn stream(self) -> impl cloudsdk_runtime::Stream<Item = Result<#item, crate::Error<#error_ty>>> + 'a {
                    static PAGINATION: cloudsdk_runtime::Pagination = #style;
                    self.prepare().paginate(&PAGINATION)
                }
            }
        }
        (
            None,
            Success::Single {
                kind: ResponseKind::Binary,
                ..
            },
        ) => quote! {
            /// Sends the request and returns the body as a stream of chunks, without holding
            /// it all in memory.
            pub fn send_streaming(self) -> impl std::future::Future<Output = Result<cloudsdk_runtime::ByteStream, crate::Error<#error_ty>>> + 'a {
                self.prepare().send_streaming()
            }
        },
        (None, _) if op.events.is_some() => {
            let events = op.events.as_ref().expect("matched");
            let message = ty(&events.message, &types_prefix());
            let (resume, resume_doc) = match &events.resume {
                Some((parameter, field)) => (
                    quote! { Some(cloudsdk_runtime::Resume { parameter: #parameter, field: #field }) },
                    format!(
                        " resumes from the last message's `{field}` (as `{parameter}`) without repeating it,"
                    ),
                ),
                None => (quote! { None }, String::new()),
            };
            let doc = format!(
                " The response's server-sent events, each decoded into its message, as a stream that \
                 reconnects when the connection drops (as the client's `ReconnectPolicy` says),{resume_doc} \
                 and ends when the server ends the response. Use this rather than \
                 [`send`](Self::send), which waits for the whole response."
            );
            quote! {
                #[doc = #doc]
                pub fn stream(self) -> impl cloudsdk_runtime::Stream<Item = Result<#message, crate::Error<#error_ty>>> + 'a {
                    self.prepare().events(#resume)
                }
            }
        }
        _ => TokenStream::new(),
    };
    let prepare_body = if fill.is_empty() {
        quote! { self.client.raw().request(&OPERATION) }
    } else {
        quote! {
            let mut request = self.client.raw().request(&OPERATION);
            #( #fill )*
            request
        }
    };
    quote! {
        #doc
        #[derive(Debug, #clone)]
        #[must_use = "a request does nothing until `.send()` is awaited"]
        pub struct #name<'a> {
            pub(crate) client: &'a crate::Client,
            #( pub(crate) #fields, )*
        }
        impl<'a> #name<'a> {
            #( #setters )*
            #[doc = #send_doc]
            pub fn send(self) -> impl std::future::Future<Output = Result<#out, crate::Error<#error_ty>>> + 'a {
                self.prepare().send_value(#decode)
            }
            /// Like [`send`](Self::send), with the response's status and headers.
            pub fn send_with_response(self) -> impl std::future::Future<Output = Result<cloudsdk_runtime::ResponseValue<#out>, crate::Error<#error_ty>>> + 'a {
                self.prepare().send_decoded(#decode)
            }
            #extra
            #decode_fn
            fn prepare(self) -> cloudsdk_runtime::Request<'a> {
                static OPERATION: cloudsdk_runtime::Operation = cloudsdk_runtime::Operation {
                    id: #id,
                    method: cloudsdk_runtime::Method::#method,
                    path: #path,
                    authenticated: #authenticated,
                    signing_url: #signing,
                    errors: #errors,
                    idempotent: #idempotent,
                };
                #prepare_body
            }
        }
    }
}

pub(super) fn builders_file(api: &Api) -> TokenStream {
    let groups = api.groups.iter().enumerate().map(|(i, g)| {
        let name = ident(&g.struct_name);
        let fallback = format!("Operations tagged `{}`.", g.tag);
        let doc = doc_attr(g.description.as_deref(), &fallback);
        let starters = api
            .operations
            .iter()
            .filter(|o| o.group == Some(i))
            .map(|o| starter(o, quote! { self.client }, quote! { 'a }));
        quote! {
            #doc
            #[derive(Debug, Clone, Copy)]
            pub struct #name<'a> {
                pub(crate) client: &'a crate::Client,
            }
            impl<'a> #name<'a> {
                #( #starters )*
            }
        }
    });
    let builders = api.operations.iter().map(|o| builder(o, api));
    quote! {
        //! Sub-clients (one per tag) and request builders (one per operation).
        #![allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::type_complexity)]
        #( #groups )*
        #( #builders )*
    }
}

/// The enums for operations whose success statuses carry different types (emitted in types.rs).
pub(super) fn success_enums(api: &Api) -> TokenStream {
    let items = api.operations.iter().filter_map(|o| match &o.success {
        Success::ByStatus { name, variants } => {
            let n = ident(name);
            let doc = format!(" What a successful `{}` returns, by status.", o.id);
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
        _ => None,
    });
    quote! { #( #items )* }
}

pub(super) fn client_file(api: &Api) -> TokenStream {
    let title = format!(" Client for the {}.", super::api_name(&api.title));
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
        .map(|o| starter(o, quote! { self }, quote! { '_ }));
    let headers = api
        .default_headers
        .iter()
        .map(|(name, value)| quote! { .default_header(#name, #value) });
    let defaults = quote! { .user_agent(USER_AGENT) #( #headers )* };
    let (constructor, base_const) = match &api.base_url {
        Some(url) => (
            quote! {
                /// A builder for a client of the production API ([`Client::BASE_URL`]); set the
                /// authentication, and override the base URL for tests or other regions.
                pub fn builder() -> cloudsdk_runtime::ClientBuilder<Self> {
                    cloudsdk_runtime::ClientBuilder::new(Self::BASE_URL) #defaults
                }
                /// A client of the production API with the given authentication and default settings.
                pub fn new(auth: impl cloudsdk_runtime::auth::Authenticator) -> Result<Self, Error> {
                    Self::builder().auth(auth).build()
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
                pub fn builder(base_url: impl Into<String>) -> cloudsdk_runtime::ClientBuilder<Self> {
                    cloudsdk_runtime::ClientBuilder::new(base_url) #defaults
                }
                /// A client of the API at `base_url` with the given authentication and default settings.
                pub fn new(base_url: impl Into<String>, auth: impl cloudsdk_runtime::auth::Authenticator) -> Result<Self, Error> {
                    Self::builder(base_url).auth(auth).build()
                }
            },
            TokenStream::new(),
        ),
    };
    let server_consts = api.auth.iter().filter_map(|a| {
        let url = a.server_url.as_ref()?;
        let name = ident(&format!(
            "{}_BASE_URL",
            crate::model::names::snake_name(&a.key).to_uppercase()
        ));
        let d = format!(" The base URL to use with the `{}` authentication.", a.key);
        Some(quote! { #[doc = #d] pub const #name: &'static str = #url; })
    });
    quote! {
        //! The client: configuration and one method per operation (or per tag).
        use crate::Error;

        const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

        #[doc = #title]
        ///
        /// Cheap to clone; share one between tasks.
        #[derive(Debug, Clone)]
        pub struct Client {
            raw: cloudsdk_runtime::Client,
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
            pub fn raw(&self) -> &cloudsdk_runtime::Client {
                &self.raw
            }
            #( #accessors )*
            #( #root_ops )*
        }
    }
}
