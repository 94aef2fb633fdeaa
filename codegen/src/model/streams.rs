//! The extensions that make an operation a stream: `x-websocket` (and `x-websocket-send`),
//! `x-pagination`, and `text/event-stream` successes with `x-sse`.

use std::collections::HashMap;

use openapiv3::{OpenAPI, ReferenceOr, Schema};
use serde_json::Value;

use super::bodies::is_success;
use super::context::{Lowering, Site};
use super::names::type_name;
use super::schema::SRef;
use super::{
    Events, Pagination, Success, TypeDef, TypeKind, TypeRef, WebSocket, WebSocketAuth, refs,
    websocket_protocol,
};
use crate::diag::Kind;
use crate::pointer;

/// The `x-websocket.message` and `x-websocket-send.message` schemas of every operation, by the
/// pointer of the `message`. They live in extensions, outside the typed document, so they are
/// parsed before the lowering that borrows them starts.
pub(super) fn websocket_schemas(api: &OpenAPI) -> HashMap<String, ReferenceOr<Schema>> {
    let mut out = HashMap::new();
    for (path, item) in api.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, op) in item.iter() {
            let op_ptr = pointer::push(&pointer::push("/paths", path), method);
            for ext in ["x-websocket", "x-websocket-send"] {
                let Some(message) = op.extensions.get(ext).and_then(|e| e.get("message")) else {
                    continue;
                };
                if let Ok(schema) = serde_json::from_value(message.clone()) {
                    out.insert(
                        pointer::push(&pointer::push(&op_ptr, ext), "message"),
                        schema,
                    );
                }
            }
        }
    }
    out
}

/// `x-websocket` on an operation whose path item (or itself) has a `ws://`/`wss://` server;
/// `None`, with a warning, without one (the operation is left out).
pub(super) fn websocket<'a>(
    cx: &mut Lowering<'a>,
    site: &Site<'a>,
    ext: &Value,
) -> Option<WebSocket> {
    let name = site
        .op
        .operation_id
        .clone()
        .unwrap_or_else(|| site.path.clone());
    let server = site
        .op
        .servers
        .first()
        .or_else(|| site.item.servers.first())
        .map(|s| s.url.trim_end_matches('/').to_owned())
        .filter(|u| u.starts_with("ws://") || u.starts_with("wss://"));
    let Some(server) = server else {
        cx.warn(
            Kind::Omitted,
            format!("websocket stream `{name}` has no ws:// or wss:// server; it is left out"),
            &site.op_ptr,
        );
        return None;
    };
    let ext_ptr = pointer::push(&site.op_ptr, "x-websocket");
    let message = message_type(cx, &name, &ext_ptr, "message");
    let send = site.op.extensions.get("x-websocket-send").map(|_| {
        message_type(
            cx,
            &name,
            &pointer::push(&site.op_ptr, "x-websocket-send"),
            "input",
        )
    });
    if ext.get("send").is_some() {
        cx.warn(Kind::Extension,
            format!("websocket stream `{name}` names what the client sends inside `x-websocket`; declare it as `x-websocket-send: {{message}}` to get a sender"),
            &ext_ptr,
        );
    }
    let auth = match ext.get("auth").and_then(Value::as_str) {
        Some("first-message") => WebSocketAuth::FirstMessage,
        Some("none") => WebSocketAuth::None,
        _ => WebSocketAuth::Header,
    };
    let (protocol, warnings) = websocket_protocol::protocol(ext, &ext_ptr, &name);
    cx.warnings.extend(warnings);
    Some(WebSocket {
        url: format!("{server}{}", site.path),
        signing_url: ext
            .get("signing-url")
            .and_then(Value::as_str)
            .map(str::to_owned),
        auth,
        message,
        resume: resume_rule(ext),
        send,
        protocol,
    })
}

/// The type of the `message` schema of the stream extension at `ext_ptr`; any JSON value, with a
/// warning, when there is no usable one.
fn message_type<'a>(cx: &mut Lowering<'a>, stream: &str, ext_ptr: &str, role: &str) -> TypeRef {
    let ptr = pointer::push(ext_ptr, "message");
    let messages = cx.messages;
    match messages.get(&ptr) {
        Some(schema) => cx
            .types
            .type_of(
                SRef::from(schema),
                &format!("{} {role}", type_name(stream)),
                &ptr,
            )
            .required(),
        None => {
            cx.warn(Kind::Untyped,
                format!("websocket stream `{stream}` has no usable `message` schema; its messages are typed as JSON values"),
                ext_ptr,
            );
            TypeRef::Value
        }
    }
}

/// The first success response served as `text/event-stream`: its schema types each event's
/// data (JSON values without one); `x-sse.resume` says how to resume after a reconnect.
pub(super) fn event_stream<'a>(cx: &mut Lowering<'a>, site: &Site<'a>) -> Option<Events> {
    let base = pointer::push(&site.op_ptr, "responses");
    let (ptr, mt) = site.op.responses.responses.iter().find_map(|(code, r)| {
        if !is_success(code) {
            return None;
        }
        let (r, ptr) = refs::response(cx.api, r, &pointer::push(&base, &code.to_string()))?;
        let (media, mt) = r
            .content
            .iter()
            .find(|(m, _)| m.eq_ignore_ascii_case("text/event-stream"))?;
        Some((pointer::push(&pointer::push(&ptr, "content"), media), mt))
    })?;
    let message = match &mt.schema {
        Some(schema) => cx
            .types
            .type_of(
                SRef::from(schema),
                &format!("{}Event", site.hint),
                &pointer::push(&ptr, "schema"),
            )
            .required(),
        None => TypeRef::Value,
    };
    let resume = site.op.extensions.get("x-sse").and_then(resume_rule);
    Some(Events { message, resume })
}

/// A stream extension's `resume: {parameter, field}`.
fn resume_rule(ext: &Value) -> Option<(String, String)> {
    let r = ext.get("resume")?;
    Some((
        r.get("parameter")?.as_str()?.to_owned(),
        r.get("field")?.as_str()?.to_owned(),
    ))
}

/// `x-pagination`, with the type of one item: the element type of the array field it names in
/// the success type. `None`, with a warning, when it is not understood or names no such field.
pub(super) fn pagination(
    cx: &mut Lowering<'_>,
    site: &Site<'_>,
    success: &Success,
) -> Option<(Pagination, TypeRef)> {
    let ext = site.op.extensions.get("x-pagination")?;
    let Some(style) = pagination_style(ext) else {
        cx.warn(
            Kind::Extension,
            "`x-pagination` is not understood (expected style meta-next or page-number); ignored",
            pointer::push(&site.op_ptr, "x-pagination"),
        );
        return None;
    };
    let field = match &style {
        Pagination::MetaNext { items } | Pagination::PageNumber { items, .. } => items.clone(),
    };
    let Some(item) = page_item(&cx.types.defs, success, &field) else {
        cx.warn(Kind::Extension,
            format!("`x-pagination` names the item field `{field}`, but the response has no array field of that name; pagination is ignored"),
            &site.op_ptr,
        );
        return None;
    };
    Some((style, item))
}

fn pagination_style(v: &Value) -> Option<Pagination> {
    let get = |k: &str, default: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .unwrap_or(default)
            .to_owned()
    };
    match v.get("style")?.as_str()? {
        "meta-next" => Some(Pagination::MetaNext {
            items: get("items", "objects"),
        }),
        "page-number" => Some(Pagination::PageNumber {
            items: get("items", "items"),
            page: get("page", "page"),
            per_page: get("per-page", "per_page"),
            pages: get("pages", "pages"),
        }),
        _ => None,
    }
}

/// The element type of the array field `field` of a page type.
fn page_item(defs: &[TypeDef], success: &Success, field: &str) -> Option<TypeRef> {
    let Success::Single {
        ty: TypeRef::Named(page),
        ..
    } = success
    else {
        return None;
    };
    let def = defs.iter().find(|d| d.name == *page)?;
    let TypeKind::Struct { fields, .. } = &def.kind else {
        return None;
    };
    let f = fields.iter().find(|f| f.name == field)?;
    match f.ty.clone().required() {
        TypeRef::Vec(item) => Some(*item),
        _ => None,
    }
}
