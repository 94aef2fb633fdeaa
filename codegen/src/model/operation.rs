//! Lowering one operation completely: names, parameters, bodies, responses, how it is called,
//! whether it may be retried and how it authenticates.

use openapiv3::OpenAPI;
use serde_json::Value;

use super::bodies::{self, Responses};
use super::context::{Lowering, Site};
use super::groups::OperationNames;
use super::names::{fallback_warning, has_name};
use super::params::lower_params;
use super::streams;
use super::{CallKind, Operation, ResponseKind, Success, TypeRef, WebSocket};
use crate::diag::Kind;
use crate::pointer;

/// The operation at `site`; `None` when it is left out (a websocket stream without a websocket
/// server), with a warning.
pub(super) fn lower_operation<'a>(
    cx: &mut Lowering<'a>,
    names: &mut OperationNames<'_>,
    site: &Site<'a>,
) -> Option<Operation> {
    // The order of the steps is the order inline types are named in.
    let websocket = match site.op.extensions.get("x-websocket") {
        Some(ext) => Some(streams::websocket(cx, site, ext)?),
        None => None,
    };
    let (group, method_name) = names.method(site);
    let builder_name = names.builder(site);
    if !has_name(&site.id) {
        cx.warn(
            Kind::Renamed,
            fallback_warning("operationId", &site.id, &method_name),
            pointer::push(&site.op_ptr, "operationId"),
        );
    }
    let params = lower_params(cx, site);
    let body = match websocket {
        Some(_) => websocket_body(cx, site),
        None => bodies::request_body(cx, site),
    };
    let responses = bodies::responses(cx, site);
    let events = streams::event_stream(cx, site);
    let accept = bodies::accept(cx, site);
    let (
        kind,
        Responses {
            success,
            errors,
            error_type,
            examples,
            ..
        },
    ) = call_kind(cx, site, websocket, events, responses);
    Some(Operation {
        id: site.id.clone(),
        method_name,
        builder_name,
        method: site.method,
        path: site.path.clone(),
        group,
        summary: site.op.summary.clone(),
        description: site.op.description.clone(),
        deprecated: site.op.deprecated,
        params,
        body,
        success,
        accept,
        errors,
        error_type,
        authenticated: !matches!(&site.op.security, Some(reqs) if reqs.is_empty()),
        scheme: scheme(cx.api, site.op),
        signing_url: site
            .op
            .extensions
            .get("x-signing-url")
            .and_then(Value::as_str)
            .map(str::to_owned),
        idempotent: idempotent(cx, site),
        kind,
        pointer: site.op_ptr.clone(),
        examples,
    })
}

/// A websocket stream's request body: a handshake is a `GET` with no body, so one the description
/// declares could never be sent; it is left out (its schema unnamed), with a warning, rather than
/// offered as a setter whose value would be dropped.
fn websocket_body(cx: &mut Lowering<'_>, site: &Site<'_>) -> Option<super::Body> {
    if site.op.request_body.is_some() {
        cx.warn(
            Kind::Omitted,
            "a websocket stream's handshake sends no body; its `requestBody` is left out",
            pointer::push(&site.op_ptr, "requestBody"),
        );
    }
    None
}

/// How the operation is called, first match wins: a websocket stream (whose responses are the
/// handshake's, so it returns nothing and documents no errors), pages, a download, server-sent
/// events, or a plain request.
fn call_kind(
    cx: &mut Lowering<'_>,
    site: &Site<'_>,
    websocket: Option<WebSocket>,
    events: Option<super::Events>,
    responses: Responses,
) -> (CallKind, Responses) {
    if let Some(ws) = websocket {
        let handshake = Responses {
            success: Success::Single {
                kind: ResponseKind::Empty,
                ty: TypeRef::Unit,
            },
            errors: Vec::new(),
            error_type: responses.error_type,
            undocumented_success: false,
            examples: Vec::new(),
        };
        return (CallKind::WebSocket(ws), handshake);
    }
    if responses.undocumented_success {
        bodies::warn_undocumented_success(cx, site);
    }
    let kind = if let Some((pagination, item)) = streams::pagination(cx, site, &responses.success) {
        CallKind::Paginated { pagination, item }
    } else if let Success::Single {
        kind: ResponseKind::Binary,
        ..
    } = responses.success
    {
        CallKind::Download
    } else if let Some(events) = events {
        CallKind::Events(events)
    } else {
        CallKind::Request
    };
    (kind, responses)
}

/// The method's idempotency, unless `x-idempotent: true|false` overrides it (a `POST` that
/// creates nothing twice, a `PUT` with side effects).
fn idempotent(cx: &mut Lowering<'_>, site: &Site<'_>) -> bool {
    match site.op.extensions.get("x-idempotent") {
        None => site.method.is_idempotent(),
        Some(Value::Bool(yes)) => *yes,
        Some(_) => {
            cx.warn(
                Kind::Extension,
                format!(
                    "`x-idempotent` is not `true` or `false`; ignored ({} is {}idempotent)",
                    site.method.as_str(),
                    if site.method.is_idempotent() {
                        ""
                    } else {
                        "not "
                    }
                ),
                crate::pointer::push(&site.op_ptr, "x-idempotent"),
            );
            site.method.is_idempotent()
        }
    }
}

/// The scheme the first security requirement names: the operation's, else the document's.
fn scheme(api: &OpenAPI, op: &openapiv3::Operation) -> Option<String> {
    let requirements = op.security.as_ref().or(api.security.as_ref())?;
    requirements.first()?.keys().next().cloned()
}
