//! Lowering request and response bodies: how each is encoded or read, its type, which statuses
//! are success and which errors, and the error type.

use openapiv3::{
    MediaType, ReferenceOr, RequestBody, Response, Schema, SchemaKind, StatusCode, StringFormat,
    Type, VariantOrUnknownOrEmpty,
};

use super::context::{Lowering, Site, described};
use super::names::Namespace;
use super::schema::{SRef, Types};
use super::{Body, BodyKind, ResponseKind, StatusMatch, Success, TypeRef, refs};
use crate::diag::{Diagnostic, Kind};
use crate::pointer;

/// Whether a media type is read as JSON (`*/*` and `application/*` included).
fn is_json(media: &str) -> bool {
    let media = media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    media == "application/json"
        || media.ends_with("+json")
        || media == "*/*"
        || media == "application/*"
}

/// Whether a response status is a success (`2XX` included).
pub(super) fn is_success(code: &StatusCode) -> bool {
    matches!(code, StatusCode::Code(200..=299) | StatusCode::Range(2))
}

/// Whether `default` is read as the success too: it is the only response documented. With an
/// error status beside it (Clever Cloud's `501` + `default`), it is the errors' shape.
fn default_is_success(responses: &openapiv3::Responses) -> bool {
    responses.default.is_some() && responses.responses.is_empty()
}

/// The operation's request body, if it has one that can be found.
pub(super) fn request_body<'a>(cx: &mut Lowering<'a>, site: &Site<'a>) -> Option<Body> {
    let b = site.op.request_body.as_ref()?;
    let site_ptr = pointer::push(&site.op_ptr, "requestBody");
    let Some((body, ptr)) = refs::request_body(cx.api, b, &site_ptr) else {
        cx.warn(
            Kind::Omitted,
            "a requestBody `$ref` points to nothing; the body is left out",
            site_ptr,
        );
        return None;
    };
    lower_body(&mut cx.types, body, &format!("{}Body", site.hint), &ptr)
}

/// The encoding a body is sent in: JSON when offered (with a form as an alternative when that is
/// offered too), else a form, multipart, text, or the first media type as raw bytes.
fn encoding(body: &RequestBody) -> Option<(BodyKind, &String, &MediaType)> {
    let content: Vec<(&String, &MediaType)> = body.content.iter().collect();
    let find = |pred: &dyn Fn(&str) -> bool| {
        content
            .iter()
            .find(|(m, _)| pred(&m.to_ascii_lowercase()))
            .copied()
    };
    let form = |m: &str| m.starts_with("application/x-www-form-urlencoded");
    let json = if find(&form).is_some() {
        BodyKind::JsonOrForm
    } else {
        BodyKind::Json
    };
    let (kind, (media, mt)) = find(&|m| is_json(m) && m != "*/*")
        .map(|c| (json.clone(), c))
        .or_else(|| find(&form).map(|c| (BodyKind::Form, c)))
        .or_else(|| find(&|m| m.starts_with("multipart/")).map(|c| (BodyKind::Multipart, c)))
        .or_else(|| find(&|m| m.starts_with("text/")).map(|c| (BodyKind::Text(c.0.clone()), c)))
        .or_else(|| {
            let first = *content.first()?;
            Some(if is_json(first.0) {
                (json.clone(), first)
            } else {
                (BodyKind::Binary(first.0.clone()), first)
            })
        })?;
    Some((kind, media, mt))
}

fn lower_body<'a>(
    types: &mut Types<'a>,
    body: &'a RequestBody,
    hint: &str,
    ptr: &str,
) -> Option<Body> {
    let (kind, media, mt) = encoding(body)?;
    let media_ptr = pointer::push(&pointer::push(ptr, "content"), media);
    let ty = match &kind {
        BodyKind::Json | BodyKind::JsonOrForm | BodyKind::Form => match &mt.schema {
            Some(s) => types.type_of(SRef::from(s), hint, &pointer::push(&media_ptr, "schema")),
            None => TypeRef::Value,
        },
        BodyKind::Multipart => TypeRef::Unit,
        BodyKind::Binary(_) => TypeRef::Bytes,
        BodyKind::Text(_) => TypeRef::String,
    };
    Some(Body {
        kind,
        ty: ty.required(),
        required: body.required,
        description: described(body.description.as_ref()),
        pointer: media_ptr,
    })
}

/// A schema that is raw bytes (`type: string, format: binary`, Swagger 2.0's `type: file`): the
/// body is the file itself whatever media type it is listed under (a Swagger 2.0 file inherits
/// the document's `produces: [application/json]`: Azure Batch's files, opendatasoft's exports).
fn is_binary(schema: &ReferenceOr<Schema>) -> bool {
    match schema {
        ReferenceOr::Item(Schema {
            schema_kind: SchemaKind::Type(Type::String(s)),
            ..
        }) => s.format == VariantOrUnknownOrEmpty::Item(StringFormat::Binary),
        _ => false,
    }
}

/// How a response body is read and its type: JSON when offered, else text or
/// bytes; bytes for a binary schema.
fn response_shape<'a>(
    types: &mut Types<'a>,
    r: &'a Response,
    hint: &str,
    ptr: &str,
) -> (ResponseKind, TypeRef) {
    let Some((media, mt)) = r
        .content
        .iter()
        .find(|(m, _)| is_json(m))
        .or_else(|| r.content.iter().next())
    else {
        return (ResponseKind::Empty, TypeRef::Unit);
    };
    let lower = media.to_ascii_lowercase();
    if mt.schema.as_ref().is_some_and(is_binary) {
        (ResponseKind::Binary, TypeRef::Bytes)
    } else if is_json(&lower) {
        let ty = match &mt.schema {
            Some(s) => {
                let at = pointer::push(&pointer::push(ptr, "content"), media);
                types.type_of(SRef::from(s), hint, &pointer::push(&at, "schema"))
            }
            None => TypeRef::Value,
        };
        (ResponseKind::Json, ty)
    } else if lower.starts_with("text/") {
        (ResponseKind::Text, TypeRef::String)
    } else {
        (ResponseKind::Binary, TypeRef::Bytes)
    }
}

/// What an operation's responses say: the success shape, the documented error statuses and the
/// type their bodies decode into.
pub(super) struct Responses {
    pub success: Success,
    pub errors: Vec<StatusMatch>,
    pub error_type: TypeRef,
    /// No success response is documented, so `success` is any JSON value.
    pub undocumented_success: bool,
    /// The spec's example bodies by status (see [`Operation::examples`](super::Operation)).
    pub examples: Vec<(u16, String)>,
}

/// Lowers the operation's responses.
pub(super) fn responses<'a>(cx: &mut Lowering<'a>, site: &Site<'a>) -> Responses {
    let base = pointer::push(&site.op_ptr, "responses");
    let mut listed: Vec<_> = site
        .op
        .responses
        .responses
        .iter()
        .map(|(code, r)| (Some(code), r, pointer::push(&base, &code.to_string())))
        .collect();
    if let Some(d) = &site.op.responses.default {
        listed.push((None, d, pointer::push(&base, "default")));
    }
    let several = listed
        .iter()
        .filter(|(c, _, _)| c.is_some_and(is_success))
        .count()
        > 1;
    let mut success: Vec<(u16, ResponseKind, TypeRef)> = Vec::new();
    let mut errors = Vec::new();
    let mut error_types: Vec<TypeRef> = Vec::new();
    let mut examples = Vec::new();
    for (code, r, site_ptr) in listed {
        let Some((r, ptr)) = refs::response(cx.api, r, &site_ptr) else {
            cx.warn(
                Kind::Omitted,
                "a response `$ref` points to nothing; it is left out",
                site_ptr,
            );
            continue;
        };
        let hint = &site.hint;
        let (status, name) = match code {
            Some(StatusCode::Code(c @ 200..=299)) if several => {
                (Ok(*c), format!("{hint}Response{c}"))
            }
            Some(StatusCode::Code(c @ 200..=299)) => (Ok(*c), format!("{hint}Response")),
            Some(StatusCode::Range(2)) => (Ok(200), format!("{hint}Response")),
            Some(StatusCode::Code(c)) if *c >= 400 => {
                (Err(StatusMatch::Code(*c)), format!("{hint}Error{c}"))
            }
            Some(StatusCode::Range(c)) if *c >= 4 => {
                (Err(StatusMatch::Class(*c)), format!("{hint}Error{c}XX"))
            }
            None if default_is_success(&site.op.responses) => {
                cx.warn(
                    Kind::Guessed,
                    "no success response: `default` read as the success too",
                    site_ptr,
                );
                (Err(StatusMatch::Default), format!("{hint}Response"))
            }
            None => (Err(StatusMatch::Default), format!("{hint}Error")),
            Some(other) => {
                warn_neither(cx, site, other, site_ptr);
                continue;
            }
        };
        let (kind, ty) = response_shape(&mut cx.types, r, &name, &ptr);
        let one_status = match status {
            Ok(c) | Err(StatusMatch::Code(c)) => Some(c),
            Err(_) => None,
        };
        if let Some(c) = one_status {
            let json = r.content.iter().find(|(m, _)| is_json(m));
            if let Some(text) = json.and_then(|(_, m)| super::examples::media_example(cx.api, m)) {
                examples.push((c, text));
            }
        }
        if code.is_none() && default_is_success(&site.op.responses) {
            success.push((200, kind, ty.clone()));
        }
        match status {
            Ok(code) => success.push((code, kind, ty)),
            Err(status) => {
                errors.push(status);
                error_types.push(ty);
            }
        }
    }
    Responses {
        undocumented_success: success.is_empty(),
        success: success_of(&mut cx.types, success, &site.hint),
        errors,
        error_type: error_type(error_types),
        examples,
    }
}

/// The warning for a documented status that is neither a success nor an error (`1XX`, `3XX`, or
/// a code outside 100–599), whose response is left out of the crate. A websocket operation's
/// `101` is its stream's and says nothing.
fn warn_neither(cx: &mut Lowering<'_>, site: &Site<'_>, code: &StatusCode, ptr: String) {
    let class = match code {
        StatusCode::Code(c) => c / 100,
        StatusCode::Range(c) => *c,
    };
    if *code == StatusCode::Code(101) && site.op.extensions.contains_key("x-websocket") {
        return;
    }
    let why = match class {
        1 => "an informational (1XX) status never reaches the caller: the HTTP stack handles it",
        3 => {
            "a redirect (3XX) is followed when it stays on the base URL's origin, else returned \
             as `Error::UnexpectedStatus` with its `Location`"
        }
        _ => "it is no HTTP status class (1XX to 5XX)",
    };
    cx.warn(
        Kind::Omitted,
        format!("response `{code}` is left out: {why}"),
        ptr,
    );
}

/// The warning for an operation that documents no success response (no `2XX`, and `default`
/// beside error statuses): what it does list, and that its success is untyped.
pub(super) fn warn_undocumented_success(cx: &mut Lowering<'_>, site: &Site<'_>) {
    let responses = &site.op.responses;
    let mut listed: Vec<String> = responses
        .responses
        .keys()
        .map(|c| format!("`{c}`"))
        .collect();
    if responses.default.is_some() {
        listed.push("`default`".to_owned());
    }
    let why = match listed.as_slice() {
        [] => "documents no response".to_owned(),
        [one] => format!("documents no success (2XX) response, only {one}"),
        [init @ .., last] => format!(
            "documents no success (2XX) response, only {} and {last}",
            init.join(", ")
        ),
    };
    cx.warnings.push(
        Diagnostic::warning(
            Kind::Untyped,
            format!(
                "the operation {why}: a successful answer is read as any JSON value \
             (`serde_json::Value`), untyped"
            ),
        )
        .at(pointer::push(&site.op_ptr, "responses"))
        .hint(
            "document the success status and its schema (e.g. `200` with `content`) to get a \
             typed result; an answer with no body is read as `null`",
        ),
    );
}

/// One shape for every success status, or an enum by status when they differ; any JSON value
/// when none is documented.
fn success_of(
    types: &mut Types<'_>,
    mut success: Vec<(u16, ResponseKind, TypeRef)>,
    hint: &str,
) -> Success {
    if success.is_empty() {
        return Success::Single {
            kind: ResponseKind::Json,
            ty: TypeRef::Value,
        };
    }
    if success
        .iter()
        .all(|(_, k, t)| (k, t) == (&success[0].1, &success[0].2))
    {
        let (_, kind, ty) = success.swap_remove(0);
        return Success::Single { kind, ty };
    }
    let name = types.ns.claim(format!("{hint}Response"));
    let mut ns = Namespace::default();
    Success::ByStatus {
        name,
        variants: success
            .into_iter()
            .map(|(code, kind, ty)| (code, ns.claim(format!("Status{code}")), kind, ty))
            .collect(),
    }
}

/// The one type the error bodies that carry data decode into, any JSON value when they
/// differ, or `Unit` when none carries data (the crate's error body is chosen later).
fn error_type(types: Vec<TypeRef>) -> TypeRef {
    let mut distinct: Vec<TypeRef> = types
        .into_iter()
        .filter(|t| *t != TypeRef::Unit && *t != TypeRef::Bytes && *t != TypeRef::String)
        .collect();
    distinct.sort();
    distinct.dedup();
    match distinct.len() {
        0 => TypeRef::Unit,
        1 => distinct.remove(0),
        _ => TypeRef::Value,
    }
}

/// The media types of the success responses (`default` when it is read as the success), when
/// there are some and none is `application/json` (or a wildcard): a server that negotiates
/// content answers `406` to the client's default `Accept: application/json`, also when all it
/// produces is a JSON dialect (`application/vnd.geo+json`, `application/hal+json`).
pub(super) fn accept(cx: &Lowering<'_>, site: &Site<'_>) -> Option<String> {
    let mut media: Vec<&str> = Vec::new();
    let responses = &site.op.responses;
    let default = responses
        .default
        .iter()
        .filter(|_| default_is_success(responses));
    for r in responses
        .responses
        .iter()
        .filter(|(c, _)| is_success(c))
        .map(|(_, r)| r)
        .chain(default)
    {
        let found = refs::response(cx.api, r, "");
        for m in found.into_iter().flat_map(|(r, _)| r.content.keys()) {
            if is_json(m) && !m.contains("+json") {
                return None;
            }
            if !media.contains(&m.as_str()) {
                media.push(m);
            }
        }
    }
    (!media.is_empty()).then(|| media.join(", "))
}
