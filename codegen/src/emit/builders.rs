//! Emitting `builders.rs`: one sub-client struct per tag and one request builder per operation.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::format::Piece;
use super::markdown::code;
use super::starter::{slot_arg, slot_type, starter, starter_spec, starter_tokens, types_prefix};
use super::text_builders::{self as text, FieldSpec, OperationSpec, SetterSpec, Slot};
use super::types::{doc_lines, ident, ty};
use crate::model::names::BUILDER;
use crate::model::{
    Api, Body, BodyKind, CallKind, Events, Operation, Pagination, Param, ParamLocation, PathStyle,
    QueryStyle, ResponseKind, SigningQuery, StatusMatch, Success, TypeRef, WebSocket,
    WebSocketAuth, WebSocketProtocol,
};

/// The builder's own members ([`BUILDER`]) as identifiers.
struct Members {
    client: Ident,
    body: Ident,
    as_form: Ident,
    send: Ident,
    send_with_response: Ident,
    send_streaming: Ident,
    stream: Ident,
    connect: Ident,
    prepare: Ident,
    decode: Ident,
}

impl Members {
    fn get() -> Self {
        Self {
            client: ident(BUILDER.client),
            body: ident(BUILDER.body),
            as_form: ident(BUILDER.as_form),
            send: ident(BUILDER.send),
            send_with_response: ident(BUILDER.send_with_response),
            send_streaming: ident(BUILDER.send_streaming),
            stream: ident(BUILDER.stream),
            connect: ident(BUILDER.connect),
            prepare: ident(BUILDER.prepare),
            decode: ident(BUILDER.decode),
        }
    }
}

/// The head of `builders.rs`: its inner attributes and the sub-clients (one per tag); the
/// request builders follow ([`builders`]), printed in pieces (`format.rs`).
pub(super) fn builders_head(api: &Api) -> Piece {
    let mut piece = Piece::from(quote! {
        //! Sub-clients (one per tag) and request builders (one per operation).
        #![allow(clippy::too_many_arguments, clippy::needless_lifetimes, clippy::type_complexity)]
    });
    for (i, g) in api.groups.iter().enumerate() {
        let fallback = format!("Operations tagged {}.", code(&g.tag));
        let doc = doc_lines(g.description.as_deref(), &fallback);
        let ops = api.operations.iter().filter(|o| o.group == Some(i));
        sub_client(&g.struct_name, &doc, ops, &mut piece);
    }
    piece
}

/// A sub-client: its struct and its `impl` with a starter per operation, as text where the
/// writer can ([`text::sub_client`], [`text::starter`]), the rest from tokens.
fn sub_client<'a>(
    name: &str,
    doc: &[String],
    ops: impl Iterator<Item = &'a Operation>,
    piece: &mut Piece,
) {
    let ops: Vec<&Operation> = ops.collect();
    match text::sub_client(name, doc) {
        Some((head, body)) => piece.text_after(name, head, body),
        None => piece.tokens(sub_client_tokens(name, doc)),
    }
    let struct_name = ident(name);
    // An empty `impl` is printed on one line.
    let head = text::sub_client_impl_head(name).filter(|_| !ops.is_empty());
    let Some(head) = head else {
        let starters = ops.iter().map(|o| starter(o, quote! { self.client }));
        piece.tokens(quote! { impl<'a> #struct_name<'a> { #( #starters )* } });
        return;
    };
    piece.text(name, head);
    for op in ops {
        let spec = starter_spec(op);
        match text::starter(&spec) {
            Some(text) => piece.raw(text),
            None => piece.members(starter_tokens(&spec, quote! { self.client })),
        }
    }
    piece.raw("}\n".to_owned());
}

/// A sub-client's struct from tokens.
pub(super) fn sub_client_tokens(name: &str, doc: &[String]) -> TokenStream {
    let name = ident(name);
    quote! {
        #( #[doc = #doc] )*
        #[derive(Debug, Clone, Copy)]
        pub struct #name<'a> {
            pub(crate) client: &'a crate::Client,
        }
    }
}

/// The request builders of `ops` (a run of `api.operations`).
pub(super) fn builders(ops: &[Operation], api: &Api) -> Piece {
    let mut piece = Piece::default();
    for op in ops {
        builder(op, api, &mut piece);
    }
    piece
}

/// What every builder has: fields, setters and the statements that fill the runtime's request.
struct Parts<'a> {
    fields: Vec<FieldSpec<'a>>,
    setters: Vec<SetterSpec<'a>>,
    fill: Vec<TokenStream>,
    /// Whether the builder can be cloned (not with a multipart form).
    clone: bool,
    /// A JSON or form body, attached last and serialized when the request is sent
    /// (`cloudsdk_runtime::WithBody`): its type and the call that attaches it to `request`.
    later: Option<(TokenStream, TokenStream)>,
}

impl Parts<'_> {
    /// `let request = make;`, mutable when something fills it.
    fn let_request(&self, make: TokenStream) -> TokenStream {
        if self.fill.is_empty() {
            quote! { let request = #make; }
        } else {
            quote! { let mut request = #make; }
        }
    }
}

fn parts(op: &Operation) -> Parts<'_> {
    let mut parts = Parts {
        fields: Vec::new(),
        setters: Vec::new(),
        fill: op.params.iter().map(param_fill).collect(),
        clone: true,
        later: None,
    };
    for p in &op.params {
        param_parts(p, &mut parts);
    }
    if let Some(accept) = &op.accept {
        parts
            .fill
            .push(quote! { request.header("accept", &#accept); });
    }
    if let Some(body) = &op.body {
        body_parts(body, &mut parts);
    }
    parts
}

/// A parameter's field, and its setter when it is optional.
fn param_parts<'a>(p: &'a Param, parts: &mut Parts<'a>) {
    let slot = Slot::Model(&p.ty);
    parts.fields.push(FieldSpec {
        name: &p.rust_name,
        slot,
        optional: !p.required,
    });
    if p.required {
        return;
    }
    let mut text = p.description.clone().unwrap_or_else(|| {
        format!(
            "Sets the {} {} parameter.",
            code(&p.name),
            p.location.as_str()
        )
    });
    if let Some(note) = super::docs::bounds_note(&p.bounds) {
        text.push_str("\n\n");
        text.push_str(&note);
    }
    if p.deprecated {
        text.push_str("\n\n**Deprecated** by the API.");
    }
    parts.setters.push(SetterSpec {
        doc: doc_lines(Some(&text), ""),
        field: &p.rust_name,
        param: Some(("value", slot)),
    });
}

/// A field from tokens (when [`text::declaration`] gives up).
fn field_tokens(f: &FieldSpec<'_>) -> TokenStream {
    let name = ident(f.name);
    let t = slot_type(f.slot);
    if f.optional {
        quote! { #name: Option<#t> }
    } else {
        quote! { #name: #t }
    }
}

/// A setter from tokens (when [`text::setter`] gives up).
pub(super) fn setter_tokens(s: &SetterSpec<'_>) -> TokenStream {
    let doc = &s.doc;
    let field = ident(s.field);
    let Some((param, slot)) = s.param else {
        return quote! {
            #( #[doc = #doc] )*
            pub fn #field(mut self) -> Self {
                self.#field = true;
                self
            }
        };
    };
    let (at, conv) = slot_arg(slot);
    let param = ident(param);
    quote! {
        #( #[doc = #doc] )*
        pub fn #field(mut self, #param: #at) -> Self {
            self.#field = Some(#param #conv);
            self
        }
    }
}

fn query_style(style: QueryStyle) -> TokenStream {
    match style {
        QueryStyle::Form { explode } => {
            quote! { cloudsdk_runtime::QueryStyle::form(#explode) }
        }
        QueryStyle::SpaceDelimited => quote! { cloudsdk_runtime::QueryStyle::SpaceDelimited },
        QueryStyle::PipeDelimited => quote! { cloudsdk_runtime::QueryStyle::PipeDelimited },
        QueryStyle::DeepObject => quote! { cloudsdk_runtime::QueryStyle::DeepObject },
    }
}

pub(super) fn path_style(style: PathStyle) -> TokenStream {
    let (make, explode) = match style {
        PathStyle::Simple { explode } => (quote!(simple), explode),
        PathStyle::Label { explode } => (quote!(label), explode),
        PathStyle::Matrix { explode } => (quote!(matrix), explode),
    };
    quote! { cloudsdk_runtime::PathStyle::#make(#explode) }
}

fn param_fill(p: &Param) -> TokenStream {
    let name = &p.name;
    let field = ident(&p.rust_name);
    match p.location {
        ParamLocation::Path {
            allow_reserved: true,
            ..
        } => quote! { request.path_param_reserved(#name, &self.#field); },
        ParamLocation::Path {
            allow_reserved: false,
            style: PathStyle::Simple { explode: false },
            ..
        } => quote! { request.path_param(#name, &self.#field); },
        ParamLocation::Path { style, .. } => {
            let style = path_style(style);
            quote! { request.path_param_styled(#name, &self.#field, #style); }
        }
        ParamLocation::Query(style) => {
            let style = query_style(style);
            quote! { request.query(#name, &self.#field, #style); }
        }
        ParamLocation::Header => quote! { request.header(#name, &self.#field); },
        ParamLocation::Cookie => quote! { request.cookie(#name, &self.#field); },
    }
}

/// The body's field, its setter when it is optional, `as_form` when JSON may be sent as a form,
/// and how it fills the request.
fn body_parts<'a>(body: &'a Body, parts: &mut Parts<'a>) {
    let Members {
        body: field,
        as_form,
        ..
    } = Members::get();
    let slot = Slot::body(body);
    parts.fields.push(FieldSpec {
        name: BUILDER.body,
        slot,
        optional: true,
    });
    if !body.required {
        parts.setters.push(SetterSpec {
            doc: doc_lines(body.description.as_deref(), "Sets the request body."),
            field: BUILDER.body,
            param: Some(("value", slot)),
        });
    }
    // JSON and form bodies are serialized inside the send future (`WithBody`), so the
    // crate's own build compiles no serializer: only a program awaiting the call does.
    let attach = match &body.kind {
        BodyKind::Json => quote! { request.json_later(self.#field) },
        BodyKind::JsonOrForm => {
            parts.fields.push(FieldSpec {
                name: BUILDER.as_form,
                slot: Slot::Bool,
                optional: false,
            });
            parts.setters.push(SetterSpec {
                doc: vec![
                    " Sends the body as `application/x-www-form-urlencoded` instead of JSON."
                        .to_owned(),
                ],
                field: BUILDER.as_form,
                param: None,
            });
            quote! { request.json_later(self.#field).form_if(self.#as_form) }
        }
        BodyKind::Form => quote! { request.form_later(self.#field) },
        BodyKind::Multipart => {
            parts.clone = false;
            let fill = quote! { if let Some(body) = self.#field { request.multipart(body); } };
            return parts.fill.push(fill);
        }
        BodyKind::Binary(ct) => {
            let fill = quote! { if let Some(body) = self.#field { request.bytes(#ct, body); } };
            return parts.fill.push(fill);
        }
        BodyKind::Text(ct) => {
            let fill = quote! { if let Some(body) = self.#field { request.text(#ct, body); } };
            return parts.fill.push(fill);
        }
    };
    parts.later = Some((slot_type(slot), attach));
}

/// The path of the method that starts the operation, for doc links.
fn starter_path(op: &Operation, api: &Api) -> String {
    match op.group {
        Some(g) => format!(
            "crate::builders::{}::{}",
            api.groups[g].struct_name, op.method_name
        ),
        None => format!("crate::Client::{}", op.method_name),
    }
}

/// The error of an operation's calls: the crate's `Error`, with the operation's error body as
/// parameter when it is not the crate's.
fn error_of(op: &Operation, api: &Api) -> TokenStream {
    if op.error_type == api.errors.body {
        quote! { crate::Error }
    } else {
        let body = ty(&op.error_type, &types_prefix());
        quote! { crate::Error<#body> }
    }
}

/// `crate::ItemStream` of `item`, with the operation's error body when it is not the crate's.
fn item_stream(item: &TypeRef, op: &Operation, api: &Api) -> TokenStream {
    let item = ty(item, &types_prefix());
    if op.error_type == api.errors.body {
        quote! { crate::ItemStream<#item> }
    } else {
        let body = ty(&op.error_type, &types_prefix());
        quote! { crate::ItemStream<#item, #body> }
    }
}

fn builder(op: &Operation, api: &Api, piece: &mut Piece) {
    let parts = parts(op);
    let error = error_of(op, api);
    let (extra, send_note) = match &op.kind {
        CallKind::WebSocket(ws) => return websocket_builder(op, api, ws, parts, piece),
        CallKind::Request => (TokenStream::new(), ""),
        CallKind::Paginated { pagination, item } => {
            (page_stream(pagination, item_stream(item, op, api)), "")
        }
        CallKind::Download => (download(&error), ""),
        CallKind::Events(events) => (
            event_stream(events, item_stream(&events.message, op, api)),
            " The body is an event stream: this waits for the server to end it, so for a live stream use [`stream`](Self::stream).",
        ),
    };
    request_builder(op, api, parts, extra, send_note, piece);
}

fn page_stream(pagination: &Pagination, stream_ty: TokenStream) -> TokenStream {
    let Members {
        stream, prepare, ..
    } = Members::get();
    let style = match pagination {
        Pagination::MetaNext { items } => {
            quote! { cloudsdk_runtime::Pagination::meta_next(#items) }
        }
        Pagination::PageNumber {
            items,
            page,
            per_page,
            pages,
        } => quote! {
            cloudsdk_runtime::Pagination::page_number(#items, #page, #per_page, #pages)
        },
    };
    quote! {
        /// Every item of every page, as a stream that fetches the next page when it needs
        /// it (read it with `StreamExt::next`, re-exported by this crate). Parameters set on
        /// this builder apply to every page.
        #[inline]
        pub fn #stream(self) -> #stream_ty {
            static PAGINATION: cloudsdk_runtime::Pagination = #style;
            self.#prepare().paginate(&PAGINATION)
        }
    }
}

fn download(error: &TokenStream) -> TokenStream {
    let Members {
        send_streaming,
        prepare,
        ..
    } = Members::get();
    quote! {
        /// Sends the request and returns the body as a stream of chunks, without holding
        /// it all in memory.
        #[inline]
        pub fn #send_streaming(self) -> impl std::future::Future<Output = Result<cloudsdk_runtime::ByteStream, #error>> {
            self.#prepare().send_streaming()
        }
    }
}

fn event_stream(events: &Events, stream_ty: TokenStream) -> TokenStream {
    let Members {
        stream, prepare, ..
    } = Members::get();
    let (resume, resume_doc) = match &events.resume {
        Some((parameter, field)) => (
            quote! { Some(cloudsdk_runtime::Resume::new(#parameter, #field)) },
            format!(
                " resumes from the last message's {} (as {}) without repeating it,",
                code(field),
                code(parameter)
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
        #[inline]
        pub fn #stream(self) -> #stream_ty {
            self.#prepare().events(#resume)
        }
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

/// How a success response becomes the operation's value: one of the runtime's decode functions,
/// or a private `decode` (second) when the success statuses carry different types.
fn decode(op: &Operation, out: &TokenStream, error: &TokenStream) -> (TokenStream, TokenStream) {
    let (name, variants) = match &op.success {
        Success::Single { kind, .. } => {
            let f = match kind {
                ResponseKind::Empty => quote! { cloudsdk_runtime::decode::empty },
                ResponseKind::Json => quote! { cloudsdk_runtime::decode::json },
                ResponseKind::Text => quote! { cloudsdk_runtime::decode::text },
                ResponseKind::Binary => quote! { cloudsdk_runtime::decode::bytes },
            };
            return (f, TokenStream::new());
        }
        Success::ByStatus { name, variants } => (ident(name), variants),
    };
    let body = ty(&op.error_type, &types_prefix());
    let arms = variants.iter().map(|(code, v, kind, _)| {
        let v = ident(v);
        let value = match kind {
            ResponseKind::Empty => quote! { () },
            ResponseKind::Json => quote! { response.json::<_, #body>()? },
            ResponseKind::Text => quote! { response.text() },
            ResponseKind::Binary => quote! { response.bytes() },
        };
        quote! { #code => crate::types::#name::#v(#value), }
    });
    let decode = Members::get().decode;
    (
        quote! { Self::#decode },
        quote! {
            #[inline]
            fn #decode(response: cloudsdk_runtime::Response) -> Result<cloudsdk_runtime::ResponseValue<#out>, #error> {
                let (status, headers) = (response.status(), response.headers().clone());
                let value = match status.as_u16() {
                    #( #arms )*
                    _ => return Err(response.unexpected()),
                };
                Ok(cloudsdk_runtime::ResponseValue::new(status, headers, value))
            }
        },
    )
}

fn status_matches(errors: &[StatusMatch]) -> TokenStream {
    let items = errors.iter().map(|e| match e {
        StatusMatch::Code(c) => quote! { cloudsdk_runtime::StatusMatch::Code(#c) },
        StatusMatch::Class(c) => quote! { cloudsdk_runtime::StatusMatch::Class(#c) },
        StatusMatch::Default => quote! { cloudsdk_runtime::StatusMatch::Default },
    });
    quote! { &[ #( #items ),* ] }
}

/// What the operation's constant description says.
fn operation_spec(op: &Operation) -> OperationSpec<'_> {
    OperationSpec {
        id: &op.id,
        method: op.method.as_str(),
        path: &op.path,
        idempotent: op.idempotent,
        authenticated: op.authenticated,
        signing_url: op.signing_url.as_deref(),
        errors: &op.errors,
    }
}

/// The operation's constant description from tokens (when [`text::operation`] gives up). An
/// associated constant (builders' own members are snake case, so no setter takes its name): the
/// `mock` feature's route table reads the same facts.
pub(super) fn operation_tokens(o: &OperationSpec<'_>) -> TokenStream {
    let OperationSpec { id, path, .. } = o;
    let method = ident(o.method);
    let idempotent = o.idempotent;
    // `new` has authentication on, no signing URL and no error statuses: set what differs.
    let mut operation = quote! {
        cloudsdk_runtime::Operation::new(#id, cloudsdk_runtime::Method::#method, #path, #idempotent)
    };
    if !o.authenticated {
        operation = quote! { #operation.authenticated(false) };
    }
    if let Some(signing) = o.signing_url {
        operation = quote! { #operation.signing_url(#signing) };
    }
    if !o.errors.is_empty() {
        let errors = status_matches(o.errors);
        operation = quote! { #operation.errors(#errors) };
    }
    let doc = text::OPERATION_DOC;
    quote! {
        #[doc = #doc]
        pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &#operation;
    }
}

/// `prepare()`, which fills the request described by the operation's constant.
fn prepare(parts: &Parts<'_>) -> TokenStream {
    let Members {
        client, prepare, ..
    } = Members::get();
    let fill = &parts.fill;
    let make = quote! { cloudsdk_runtime::Request::new(self.#client.raw, Self::OPERATION) };
    let let_request = parts.let_request(make.clone());
    let (out, body) = match &parts.later {
        Some((t, attach)) => (
            quote! { cloudsdk_runtime::WithBody<#t> },
            quote! { #let_request #( #fill )* #attach },
        ),
        None if fill.is_empty() => (quote! { cloudsdk_runtime::Request }, make),
        None => (
            quote! { cloudsdk_runtime::Request },
            quote! { #let_request #( #fill )* request },
        ),
    };
    quote! {
        #[inline]
        fn #prepare(self) -> #out {
            #body
        }
    }
}

fn request_builder(
    op: &Operation,
    api: &Api,
    parts: Parts<'_>,
    extra: TokenStream,
    send_note: &str,
    piece: &mut Piece,
) {
    let doc = format!(
        " Request builder for [`{}`]; finish with [`{send}`]({}::{send}).",
        starter_path(op, api),
        op.builder_name,
        send = BUILDER.send,
    );
    let error = error_of(op, api);
    let out = success_type(op);
    // Sending and decoding is one generic future in the runtime; an operation only names how
    // its success response becomes its value, so it carries no async code of its own.
    // `send`, `prepare` and the other ways to send are `#[inline]`: rustc compiles an inline
    // function where it is called, not where it is defined, so the crate's own debug build
    // compiles none of them nor the path, query and body encoders they instantiate; a program
    // compiles the calls it makes.
    let (decode, decode_fn) = decode(op, &out, &error);
    let send_doc = format!(
        " Sends the request ({}) and returns the decoded body.{send_note}",
        code(&format!("{} {}", op.method.as_str(), op.path)),
    );
    let must_use = "a request does nothing until `.send()` is awaited";
    declaration(op, &doc, must_use, &parts, piece);
    let text = text::sending_types(op, api)
        .and_then(|(out, error, decode)| text::sending(&send_doc, &out, &error, decode));
    let sending = match text {
        Some(text) => Sending::Text(text),
        None => Sending::Tokens(sending_tokens(&send_doc, &out, &error, &decode)),
    };
    let rest = quote! {
        #extra
        #decode_fn
    };
    let operation = operation_spec(op);
    let prepare = prepare(&parts);
    let name = &op.builder_name;
    let members = Sent {
        sending,
        rest,
        operation: Some(&operation),
        last: prepare,
    };
    builder_impl(name, &parts.setters, members, piece);
}

/// `send` and `send_with_response`: written as text ([`text::sending`]) or from tokens.
enum Sending {
    Text(String),
    Tokens(TokenStream),
}

/// What a builder's `impl` holds after its setters, in order.
struct Sent<'a> {
    sending: Sending,
    rest: TokenStream,
    operation: Option<&'a OperationSpec<'a>>,
    last: TokenStream,
}

/// `send` and `send_with_response` from tokens.
pub(super) fn sending_tokens(
    doc: &str,
    out: &TokenStream,
    error: &TokenStream,
    decode: &TokenStream,
) -> TokenStream {
    let Members {
        send,
        send_with_response,
        prepare,
        ..
    } = Members::get();
    quote! {
        #[doc = #doc]
        #[inline]
        pub fn #send(self) -> cloudsdk_runtime::Sending<#out, #error> {
            self.#prepare().sending_value(#decode)
        }
        /// Like [`send`](Self::send), with the response's status and headers.
        #[inline]
        pub fn #send_with_response(self) -> cloudsdk_runtime::Sending<cloudsdk_runtime::ResponseValue<#out>, #error> {
            self.#prepare().sending_decoded(#decode)
        }
    }
}

/// The builder struct: the client and a field per parameter (and the body); as text
/// ([`text::declaration`]) or else from tokens.
fn declaration(op: &Operation, doc: &str, must_use: &str, parts: &Parts<'_>, piece: &mut Piece) {
    let name = &op.builder_name;
    match text::declaration(name, doc, must_use, parts.clone, &parts.fields) {
        Some((head, body)) => piece.text_after(name, head, body),
        None => piece.tokens(declaration_tokens(
            name,
            doc,
            must_use,
            parts.clone,
            &parts.fields,
        )),
    }
}

/// [`declaration`] from tokens.
pub(super) fn declaration_tokens(
    name: &str,
    doc: &str,
    must_use: &str,
    clone: bool,
    fields: &[FieldSpec<'_>],
) -> TokenStream {
    let client = Members::get().client;
    let name = ident(name);
    let clone = clone.then(|| quote! { Clone, });
    let fields = fields.iter().map(field_tokens);
    quote! {
        #[doc = #doc]
        #[derive(Debug, #clone)]
        #[must_use = #must_use]
        pub struct #name {
            pub(crate) #client: crate::Client,
            #( pub(crate) #fields, )*
        }
    }
}

/// The builder's `impl`: its setters, then what `members` holds; the setters, the constant and
/// the sending methods as text where the writer can, the rest from tokens.
fn builder_impl(name: &str, setters: &[SetterSpec<'_>], members: Sent<'_>, piece: &mut Piece) {
    let Sent {
        sending,
        rest,
        operation,
        last,
    } = members;
    let Some(head) = text::impl_head(name) else {
        let name = ident(name);
        let setters = setters.iter().map(setter_tokens);
        // Printed code lexes back into the tokens it was printed from (doc comments included).
        let sending = match sending {
            Sending::Text(text) => text.parse::<TokenStream>().ok(),
            Sending::Tokens(tokens) => Some(tokens),
        };
        let operation = operation.map(operation_tokens);
        piece.tokens(quote! { impl #name { #( #setters )* #sending #rest #operation #last } });
        return;
    };
    piece.text(name, head);
    for s in setters {
        match text::setter(s) {
            Some(text) => piece.raw(text),
            None => piece.members(setter_tokens(s)),
        }
    }
    match sending {
        Sending::Text(text) => piece.raw(text),
        Sending::Tokens(tokens) => piece.members(tokens),
    }
    piece.members(rest);
    if let Some(o) = operation {
        match text::operation(o) {
            Some(text) => piece.raw(text),
            None => piece.members(operation_tokens(o)),
        }
    }
    piece.members(last);
    piece.raw("}\n".to_owned());
}

/// The `static WebSocketOperation` of a stream.
fn websocket_operation(op: &Operation, ws: &WebSocket) -> TokenStream {
    let id = &op.id;
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
        op_expr = quote! { #op_expr.resume(cloudsdk_runtime::Resume::new(#parameter, #field)) };
    }
    protocol(op_expr, &ws.protocol)
}

/// `op_expr` with the server's protocol: the signing rule when it is not the default, the
/// keep-alive, the ready and authentication-error frames.
fn protocol(mut op_expr: TokenStream, protocol: &WebSocketProtocol) -> TokenStream {
    if protocol.signing_query == SigningQuery::Include {
        op_expr = quote! { #op_expr.signing_query(cloudsdk_runtime::SigningQuery::Include) };
    }
    if let Some(keepalive) = &protocol.keepalive {
        let message = &keepalive.message;
        let seconds = proc_macro2::Literal::u64_unsuffixed(keepalive.interval_seconds);
        op_expr = quote! {
            #op_expr.keepalive(cloudsdk_runtime::KeepAlive::new(
                #message,
                std::time::Duration::from_secs(#seconds),
            ))
        };
    }
    let frames = [
        ("ready", &protocol.ready),
        ("auth_error", &protocol.auth_error),
    ];
    for (method, fields) in frames {
        let Some(fields) = fields else { continue };
        let method = ident(method);
        let pairs = fields
            .iter()
            .map(|(field, value)| quote! { (#field, #value) });
        op_expr = quote! { #op_expr.#method(&[#( #pairs ),*]) };
    }
    op_expr
}

/// The field, setter and fill of a stream's keep-alive interval, when it has a keep-alive.
fn keepalive_parts(ws: &WebSocket, parts: &mut Parts<'_>) {
    let Some(keepalive) = &ws.protocol.keepalive else {
        return;
    };
    let field = ident(BUILDER.keepalive_interval);
    let doc = format!(
        " Sends the stream's keep-alive frame every `interval` instead of every {} s (a server that drops idle connections sooner; tests).",
        keepalive.interval_seconds
    );
    parts.fields.push(FieldSpec {
        name: BUILDER.keepalive_interval,
        slot: Slot::Duration,
        optional: true,
    });
    parts.setters.push(SetterSpec {
        doc: vec![doc],
        field: BUILDER.keepalive_interval,
        param: Some(("interval", Slot::Duration)),
    });
    parts.fill.push(quote! {
        if let Some(interval) = self.#field {
            request.#field(interval);
        }
    });
}

/// `connect()`: the stream of messages, or with `x-websocket-send` the stream and a sender (an
/// interactive session, never reconnected).
fn connect(op: &Operation, ws: &WebSocket, parts: &Parts<'_>) -> TokenStream {
    let Members {
        client, connect, ..
    } = Members::get();
    let url = code(&ws.url);
    let op_expr = websocket_operation(op, ws);
    let message = ty(&ws.message, &types_prefix());
    let fill = &parts.fill;
    match &ws.send {
        Some(send) => {
            let send = ty(send, &types_prefix());
            let doc = format!(
                " Connects to {url} and returns the stream of messages with a sender for the input: an interactive session, so it is not reconnected; the stream ends when the server closes it."
            );
            quote! {
                #[doc = #doc]
                pub fn #connect(self) -> (cloudsdk_runtime::WebSocketStream<#message>, cloudsdk_runtime::WebSocketSender<#send>) {
                    static OPERATION: cloudsdk_runtime::WebSocketOperation = #op_expr;
                    let mut request = self.#client.raw().websocket(&OPERATION);
                    #( #fill )*
                    request.reconnect(cloudsdk_runtime::ReconnectPolicy::none());
                    let stream = request.connect();
                    let sender = stream.sender();
                    (stream, sender)
                }
            }
        }
        None => {
            let let_request =
                parts.let_request(quote! { self.#client.raw().websocket(&OPERATION) });
            let doc = format!(
                " Connects to {url} and yields each message; reconnects (and resumes{}) when the connection drops.",
                match ws.resume {
                    Some(_) => " where it left off",
                    None => " from the server's position",
                }
            );
            quote! {
                #[doc = #doc]
                pub fn #connect(self) -> cloudsdk_runtime::WebSocketStream<#message> {
                    static OPERATION: cloudsdk_runtime::WebSocketOperation = #op_expr;
                    #let_request
                    #( #fill )*
                    request.connect()
                }
            }
        }
    }
}

fn websocket_builder(
    op: &Operation,
    api: &Api,
    ws: &WebSocket,
    mut parts: Parts<'_>,
    piece: &mut Piece,
) {
    keepalive_parts(ws, &mut parts);
    let doc = format!(
        " Stream builder for [`{}`]; start it with [`{connect}`]({}::{connect}).",
        starter_path(op, api),
        op.builder_name,
        connect = BUILDER.connect,
    );
    let connect = connect(op, ws, &parts);
    let must_use = "a stream does nothing until `.connect()` is polled";
    declaration(op, &doc, must_use, &parts, piece);
    let name = &op.builder_name;
    let members = Sent {
        sending: Sending::Tokens(TokenStream::new()),
        rest: connect,
        operation: None,
        last: TokenStream::new(),
    };
    builder_impl(name, &parts.setters, members, piece);
}
