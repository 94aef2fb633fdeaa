//! Lowering an `openapiv3::OpenAPI` into the [`Api`] model.

use std::collections::{BTreeSet, HashMap};

use openapiv3::{
    MediaType, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, RequestBody, Response,
    SecurityScheme, StatusCode,
};
use serde_json::Value;

use super::names::{Namespace, snake_name, type_name};
use super::schema::{SRef, Types, box_recursion};
use super::{
    Api, AuthKind, AuthScheme, Body, BodyKind, Events, Group, Operation, Pagination, Param,
    ParamLocation, QueryStyle, ResponseKind, StatusMatch, Success, TypeDef, TypeKind, TypeRef,
    WebSocket, WebSocketAuth,
};
use crate::diag::Diagnostic;
use crate::pointer;

/// What the caller decides rather than the spec.
#[derive(Debug, Clone)]
pub struct Options {
    /// The crate (package) name.
    pub crate_name: String,
}

/// Lowers a parsed spec into the model. Never fails: what cannot be typed precisely becomes
/// `serde_json::Value` with a warning (pointers are into the upgraded document).
pub fn build(api: &OpenAPI, options: &Options) -> (Api, Vec<Diagnostic>) {
    // Message schemas of websocket streams live in an extension, outside the typed document;
    // they are parsed here, before the lowering that borrows them starts.
    let ws_schemas = websocket_schemas(api);
    let mut types = Types::new(api);
    types.components();
    let mut warnings = Vec::new();

    let (groups, group_index) = groups(api);
    let mut root_methods =
        Namespace::with_reserved(&["new", "builder", "from_raw", "raw", "base_url", "clone"]);
    for g in &groups {
        root_methods.claim(g.method.clone());
    }
    let mut group_methods: Vec<Namespace> = vec![Namespace::default(); groups.len()];
    let mut builder_names = Namespace::with_reserved(&["Client", "ClientBuilder"]);
    for g in &groups {
        builder_names.claim(g.struct_name.clone());
    }
    let mut operations = Vec::new();

    for (path, item) in api.paths.iter() {
        let item_ptr = pointer::push("/paths", path);
        let item = match item {
            ReferenceOr::Item(item) => item,
            ReferenceOr::Reference { reference } => {
                warnings.push(
                    Diagnostic::warning(format!(
                        "path item `$ref: {reference}` was not bundled; its operations are skipped"
                    ))
                    .at(&item_ptr),
                );
                continue;
            }
        };
        // RFC 6570 operators some specs put in templates (`{.id}`, `{;id}`, `{id*}`) become
        // plain placeholders with the operator's literal prefix.
        let path = &normalize_template(path);
        for (method, op) in item.iter() {
            let op_ptr = pointer::push(&item_ptr, method);
            let websocket = match op.extensions.get("x-websocket") {
                Some(ext) => match websocket(
                    ext,
                    item,
                    op,
                    path,
                    &ws_schemas,
                    &mut types,
                    &op_ptr,
                    &mut warnings,
                ) {
                    Some(ws) => Some(ws),
                    None => continue,
                },
                None => None,
            };
            let id = op
                .operation_id
                .clone()
                .unwrap_or_else(|| derived_id(method, path));
            let group = op
                .tags
                .first()
                .and_then(|t| group_index.get(t.as_str()).copied());
            let method_name = match group {
                Some(g) => {
                    let full = snake_name(&id);
                    let short = without_tag(&full, &groups[g].method);
                    match short {
                        Some(short)
                            // Not when another operation already took the full name:
                            // shortening could make the two look alike.
                            if !group_methods[g].contains(&short)
                                && !group_methods[g].contains(&full) =>
                        {
                            group_methods[g].claim(short)
                        }
                        _ => group_methods[g].claim(full),
                    }
                }
                None => root_methods.claim(snake_name(&id)),
            };
            let builder_name = builder_names.claim(type_name(&id));
            let hint = type_name(&id);

            // Parameters: the path item's, overridden by the operation's (same name and place).
            let mut raw_params: Vec<(&Parameter, String)> = Vec::new();
            for (list, base) in [
                (&item.parameters, pointer::push(&item_ptr, "parameters")),
                (&op.parameters, pointer::push(&op_ptr, "parameters")),
            ] {
                for (i, p) in list.iter().enumerate() {
                    let ptr = pointer::push(&base, &i.to_string());
                    let Some(param) = resolve_param(api, p) else {
                        warnings.push(
                            Diagnostic::warning(
                                "a parameter `$ref` points to nothing; it is left out",
                            )
                            .at(&ptr),
                        );
                        continue;
                    };
                    let data = param.parameter_data_ref();
                    raw_params.retain(|(q, _)| {
                        !(q.parameter_data_ref().name == data.name
                            && std::mem::discriminant(*q) == std::mem::discriminant(param))
                    });
                    raw_params.push((param, ptr));
                }
            }
            // Builder fields and setters share a namespace with the builder's own methods.
            let mut arg_names = Namespace::with_reserved(&[
                "client",
                "body",
                "send",
                "self",
                "as_form",
                "send_with_response",
                "send_streaming",
                "stream",
                "connect",
                "prepare",
                "decode",
            ]);
            let mut params = Vec::new();
            for (param, ptr) in &raw_params {
                let data = param.parameter_data_ref();
                let (location, style) = match param {
                    Parameter::Query { style, .. } => {
                        let explode = data
                            .explode
                            .unwrap_or(matches!(style, openapiv3::QueryStyle::Form));
                        let style = match style {
                            openapiv3::QueryStyle::Form => QueryStyle::Form { explode },
                            openapiv3::QueryStyle::SpaceDelimited => QueryStyle::SpaceDelimited,
                            openapiv3::QueryStyle::PipeDelimited => QueryStyle::PipeDelimited,
                            openapiv3::QueryStyle::DeepObject => QueryStyle::DeepObject,
                        };
                        (ParamLocation::Query, style)
                    }
                    Parameter::Path { .. } => {
                        (ParamLocation::Path, QueryStyle::Form { explode: false })
                    }
                    Parameter::Header { .. } => {
                        (ParamLocation::Header, QueryStyle::Form { explode: false })
                    }
                    Parameter::Cookie { .. } => {
                        (ParamLocation::Cookie, QueryStyle::Form { explode: true })
                    }
                };
                let optional_segment = location == ParamLocation::Path
                    && data.extensions.get("x-optional-segment") == Some(&Value::Bool(true));
                let schema_hint = format!("{hint} {}", data.name);
                let ty = match &data.format {
                    ParameterSchemaOrContent::Schema(s) => {
                        types.type_of(SRef::from(s), &schema_hint, &pointer::push(ptr, "schema"))
                    }
                    ParameterSchemaOrContent::Content(content) => {
                        match content.iter().next().and_then(|(_, m)| m.schema.as_ref()) {
                            Some(s) => types.type_of(SRef::from(s), &schema_hint, ptr),
                            None => TypeRef::String,
                        }
                    }
                };
                let ty = ty.required();
                let required =
                    (data.required || location == ParamLocation::Path) && !optional_segment;
                params.push(Param {
                    name: data.name.clone(),
                    rust_name: arg_names.claim(snake_name(&data.name)),
                    location,
                    required,
                    ty,
                    style,
                    description: data.description.clone(),
                    deprecated: data.deprecated.unwrap_or(false),
                    optional_segment,
                    allow_reserved: location == ParamLocation::Path
                        && data.extensions.get("x-allow-reserved") == Some(&Value::Bool(true)),
                });
            }
            // Path placeholders the spec forgot to declare still have to be filled.
            for placeholder in placeholders(path) {
                if !params
                    .iter()
                    .any(|p| p.location == ParamLocation::Path && p.name == placeholder)
                {
                    warnings.push(
                        Diagnostic::warning(format!("path parameter `{placeholder}` is not declared; it is typed as a string"))
                            .at(&op_ptr),
                    );
                    params.push(Param {
                        name: placeholder.clone(),
                        rust_name: arg_names.claim(snake_name(&placeholder)),
                        location: ParamLocation::Path,
                        required: true,
                        ty: TypeRef::String,
                        style: QueryStyle::Form { explode: false },
                        description: None,
                        deprecated: false,
                        optional_segment: false,
                        allow_reserved: false,
                    });
                }
            }
            params.sort_by_key(|p| !p.required);

            let body = op.request_body.as_ref().and_then(|b| {
                let ptr = pointer::push(&op_ptr, "requestBody");
                match resolve_body(api, b) {
                    Some(b) => request_body(&mut types, b, &format!("{hint}Body"), &ptr),
                    None => {
                        warnings.push(
                            Diagnostic::warning(
                                "a requestBody `$ref` points to nothing; the body is left out",
                            )
                            .at(&ptr),
                        );
                        None
                    }
                }
            });

            let (success, errors, error_type) =
                responses(api, &mut types, op, &hint, &op_ptr, &mut warnings);
            let events = event_stream(api, &mut types, op, &hint, &op_ptr);
            let accept = accept(api, op);
            let authenticated = !matches!(&op.security, Some(reqs) if reqs.is_empty());
            let pagination = op.extensions.get("x-pagination").and_then(|v| {
                let p = pagination(v);
                if p.is_none() {
                    warnings.push(
                        Diagnostic::warning("`x-pagination` is not understood (expected style meta-next or page-number); ignored")
                            .at(pointer::push(&op_ptr, "x-pagination")),
                    );
                }
                p
            });
            let (success, errors) = if websocket.is_some() {
                (
                    Success::Single {
                        kind: ResponseKind::Empty,
                        ty: TypeRef::Unit,
                    },
                    Vec::new(),
                )
            } else {
                (success, errors)
            };
            operations.push(Operation {
                id,
                method_name,
                builder_name,
                http_method: method.to_uppercase(),
                path: path.clone(),
                group,
                summary: op.summary.clone(),
                description: op.description.clone(),
                deprecated: op.deprecated,
                params,
                body,
                success,
                accept,
                errors,
                error_type,
                authenticated,
                signing_url: op
                    .extensions
                    .get("x-signing-url")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                pagination: pagination.map(|style| (style, TypeRef::Unit)),
                websocket,
                events,
                pointer: op_ptr,
            });
        }
    }

    let mut defs = std::mem::take(&mut types.defs);
    for op in &mut operations {
        let Some((style, item)) = &mut op.pagination else {
            continue;
        };
        let field = match style {
            Pagination::MetaNext { items } | Pagination::PageNumber { items, .. } => items.clone(),
        };
        match (&op.success, page_item(&defs, &op.success, &field)) {
            (_, Some(found)) => *item = found,
            _ => {
                warnings.push(
                    Diagnostic::warning(format!(
                        "`x-pagination` names the item field `{field}`, but the response has no array field of that name; pagination is ignored"
                    ))
                    .at(&op.pointer),
                );
                op.pagination = None;
            }
        }
    }
    box_recursion(&mut defs);
    warnings.append(&mut types.warnings);

    let used_groups: BTreeSet<usize> = operations.iter().filter_map(|o| o.group).collect();
    let api_model = Api {
        crate_name: options.crate_name.clone(),
        title: api.info.title.clone(),
        version: api.info.version.clone(),
        description: api.info.description.clone(),
        base_url: base_url(api),
        default_headers: default_headers(api, &mut warnings),
        auth: auth_schemes(api),
        groups: groups
            .into_iter()
            .enumerate()
            .map(|(i, g)| {
                if used_groups.contains(&i) {
                    g
                } else {
                    Group {
                        description: None,
                        ..g
                    }
                }
            })
            .collect(),
        operations,
        types: defs,
    };
    (api_model, warnings)
}

/// Groups from the tags operations use, in order of first use (declared tags keep their
/// descriptions).
fn groups(api: &OpenAPI) -> (Vec<Group>, HashMap<&str, usize>) {
    let mut order: Vec<&str> = Vec::new();
    for (_, item) in api.paths.iter() {
        if let ReferenceOr::Item(item) = item {
            for (_, op) in item.iter() {
                if let Some(tag) = op.tags.first() {
                    if !order.contains(&tag.as_str()) {
                        order.push(tag);
                    }
                }
            }
        }
    }
    let mut methods =
        Namespace::with_reserved(&["new", "builder", "from_raw", "raw", "base_url", "clone"]);
    let mut structs = Namespace::with_reserved(&["Client", "ClientBuilder"]);
    let mut index = HashMap::new();
    let groups = order
        .iter()
        .enumerate()
        .map(|(i, tag)| {
            index.insert(*tag, i);
            Group {
                tag: (*tag).to_owned(),
                method: methods.claim(snake_name(tag)),
                struct_name: structs.claim(type_name(&format!("{tag} api"))),
                description: api
                    .tags
                    .iter()
                    .find(|t| t.name == *tag)
                    .and_then(|t| t.description.clone()),
            }
        })
        .collect();
    (groups, index)
}

/// The method name without the words of its tag, so that `client.clusters().list_clusters()`
/// reads `client.clusters().list()`: `list_clusters` in `clusters` → `list`, `get_cluster` →
/// `get`, `create_zeebe_client` in `zeebe_clients` → `create`. `None` when the tag's words (plural
/// or singular) are not in the name, or nothing would be left.
fn without_tag(method: &str, tag: &str) -> Option<String> {
    let words: Vec<&str> = method.split('_').collect();
    let tag_words: Vec<&str> = tag.trim_end_matches('_').split('_').collect();
    let last = tag_words.last()?;
    let singular = last
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| last.strip_suffix('s').map(str::to_owned));
    let mut candidates = vec![
        tag_words
            .iter()
            .map(|w| (*w).to_owned())
            .collect::<Vec<_>>(),
    ];
    if let Some(singular) = singular {
        let mut alt: Vec<String> = tag_words.iter().map(|w| (*w).to_owned()).collect();
        if let Some(l) = alt.last_mut() {
            *l = singular;
        }
        candidates.push(alt);
    }
    for candidate in candidates {
        let n = candidate.len();
        if n == 0 || n >= words.len() {
            continue;
        }
        for start in 0..=words.len() - n {
            if words[start..start + n]
                .iter()
                .zip(&candidate)
                .all(|(a, b)| a == b)
            {
                let rest: Vec<&str> = words[..start]
                    .iter()
                    .chain(&words[start + n..])
                    .copied()
                    .collect();
                let name = rest.join("_");
                if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
                    return None;
                }
                return Some(super::names::snake_name(&name));
            }
        }
    }
    None
}

fn derived_id(method: &str, path: &str) -> String {
    heck::ToLowerCamelCase::to_lower_camel_case(words_of(method, path).as_str())
}

fn words_of(method: &str, path: &str) -> String {
    let mut id = method.to_owned();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        if let Some(param) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            id.push_str(" by ");
            id.push_str(param);
        } else {
            id.push(' ');
            id.push_str(segment);
        }
    }
    id.chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect()
}

fn normalize_template(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push_str(&rest[..start]);
        let inner = &rest[start + 1..start + len];
        let name = inner
            .trim_start_matches(['.', ';', '+', '#', '/'])
            .trim_end_matches('*');
        match inner.chars().next() {
            Some('.') => out.push_str(&format!(".{{{name}}}")),
            Some(';') => out.push_str(&format!(";{name}={{{name}}}")),
            _ => out.push_str(&format!("{{{name}}}")),
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

fn placeholders(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + end].to_owned());
        rest = &rest[start + end + 1..];
    }
    out
}

fn local<'a, T>(
    reference: &str,
    section: &str,
    map: Option<&'a indexmap::IndexMap<String, ReferenceOr<T>>>,
) -> Option<&'a T> {
    let key = pointer::key_under(reference, &format!("#/components/{section}/"))?;
    match map?.get(key.as_str())? {
        ReferenceOr::Item(t) => Some(t),
        ReferenceOr::Reference { .. } => None,
    }
}

fn resolve_param<'a>(api: &'a OpenAPI, p: &'a ReferenceOr<Parameter>) -> Option<&'a Parameter> {
    match p {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => local(
            reference,
            "parameters",
            api.components.as_ref().map(|c| &c.parameters),
        ),
    }
}

fn resolve_body<'a>(api: &'a OpenAPI, b: &'a ReferenceOr<RequestBody>) -> Option<&'a RequestBody> {
    match b {
        ReferenceOr::Item(b) => Some(b),
        ReferenceOr::Reference { reference } => local(
            reference,
            "requestBodies",
            api.components.as_ref().map(|c| &c.request_bodies),
        ),
    }
}

fn resolve_response<'a>(api: &'a OpenAPI, r: &'a ReferenceOr<Response>) -> Option<&'a Response> {
    match r {
        ReferenceOr::Item(r) => Some(r),
        ReferenceOr::Reference { reference } => local(
            reference,
            "responses",
            api.components.as_ref().map(|c| &c.responses),
        ),
    }
}

/// The media types of the success responses, when there are some and none is JSON: a server
/// that negotiates content answers `406` to the client's default `Accept: application/json`.
fn accept(api: &OpenAPI, op: &openapiv3::Operation) -> Option<String> {
    let mut media: Vec<&str> = Vec::new();
    for (code, r) in &op.responses.responses {
        if !matches!(code, StatusCode::Code(200..=299) | StatusCode::Range(2)) {
            continue;
        }
        for m in resolve_response(api, r)
            .into_iter()
            .flat_map(|r| r.content.keys())
        {
            if is_json(m) {
                return None;
            }
            if !media.contains(&m.as_str()) {
                media.push(m);
            }
        }
    }
    (!media.is_empty()).then(|| media.join(", "))
}

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

fn request_body<'a>(
    types: &mut Types<'a>,
    body: &'a RequestBody,
    hint: &str,
    ptr: &str,
) -> Option<Body> {
    let content: Vec<(&String, &'a MediaType)> = body.content.iter().collect();
    let find = |pred: &dyn Fn(&str) -> bool| {
        content
            .iter()
            .find(|(m, _)| pred(&m.to_ascii_lowercase()))
            .copied()
    };
    let has_form = find(&|m| m.starts_with("application/x-www-form-urlencoded")).is_some();
    let chosen = find(&|m| is_json(m) && m != "*/*")
        .map(|c| (BodyKind::Json, c))
        .or_else(|| {
            find(&|m| m.starts_with("application/x-www-form-urlencoded"))
                .map(|c| (BodyKind::Form, c))
        })
        .or_else(|| find(&|m| m.starts_with("multipart/")).map(|c| (BodyKind::Multipart, c)))
        .or_else(|| find(&|m| m.starts_with("text/")).map(|c| (BodyKind::Text(c.0.clone()), c)))
        .or_else(|| {
            content.first().map(|c| {
                if is_json(c.0) {
                    (BodyKind::Json, *c)
                } else {
                    (BodyKind::Binary(c.0.clone()), *c)
                }
            })
        })?;
    let (kind, (media, mt)) = chosen;
    let media_ptr = pointer::push(&pointer::push(ptr, "content"), media);
    let ty = match &kind {
        BodyKind::Json | BodyKind::Form => match &mt.schema {
            Some(s) => types.type_of(SRef::from(s), hint, &pointer::push(&media_ptr, "schema")),
            None => TypeRef::Value,
        },
        BodyKind::Multipart => TypeRef::Unit,
        BodyKind::Binary(_) => TypeRef::Bytes,
        BodyKind::Text(_) => TypeRef::String,
    };
    let ty = ty.required();
    Some(Body {
        also_form: kind == BodyKind::Json && has_form,
        kind,
        ty,
        required: body.required,
        description: body.description.clone(),
    })
}

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
    if is_json(&lower) {
        let ty = match &mt.schema {
            Some(s) => types.type_of(
                SRef::from(s),
                hint,
                &pointer::push(
                    &pointer::push(&pointer::push(ptr, "content"), media),
                    "schema",
                ),
            ),
            None => TypeRef::Value,
        };
        (ResponseKind::Json, ty)
    } else if lower.starts_with("text/") {
        (ResponseKind::Text, TypeRef::String)
    } else {
        (ResponseKind::Binary, TypeRef::Bytes)
    }
}

type Responses = (Success, Vec<StatusMatch>, TypeRef);

fn responses<'a>(
    api: &'a OpenAPI,
    types: &mut Types<'a>,
    op: &'a openapiv3::Operation,
    hint: &str,
    op_ptr: &str,
    warnings: &mut Vec<Diagnostic>,
) -> Responses {
    let base = pointer::push(op_ptr, "responses");
    let mut success: Vec<(u16, ResponseKind, TypeRef)> = Vec::new();
    let mut errors = Vec::new();
    let mut error_types: Vec<TypeRef> = Vec::new();
    let mut resolved = Vec::new();
    for (code, r) in &op.responses.responses {
        resolved.push((Some(code), r, pointer::push(&base, &code.to_string())));
    }
    if let Some(d) = &op.responses.default {
        resolved.push((None, d, pointer::push(&base, "default")));
    }
    let success_count = resolved
        .iter()
        .filter(|(c, _, _)| {
            matches!(
                c,
                Some(StatusCode::Code(200..=299)) | Some(StatusCode::Range(2))
            )
        })
        .count();
    for (code, r, ptr) in resolved {
        let Some(r) = resolve_response(api, r) else {
            warnings.push(
                Diagnostic::warning("a response `$ref` points to nothing; it is left out").at(&ptr),
            );
            continue;
        };
        match code {
            Some(StatusCode::Code(c @ 200..=299)) => {
                let name = if success_count > 1 {
                    format!("{hint}Response{c}")
                } else {
                    format!("{hint}Response")
                };
                let (kind, ty) = response_shape(types, r, &name, &ptr);
                success.push((*c, kind, ty));
            }
            Some(StatusCode::Range(2)) => {
                let (kind, ty) = response_shape(types, r, &format!("{hint}Response"), &ptr);
                success.push((200, kind, ty));
            }
            Some(StatusCode::Code(c)) if *c >= 400 => {
                errors.push(StatusMatch::Code(*c));
                let (_, ty) = response_shape(types, r, &format!("{hint}Error{c}"), &ptr);
                error_types.push(ty);
            }
            Some(StatusCode::Range(c)) if *c >= 4 => {
                errors.push(StatusMatch::Class(*c));
                let (_, ty) = response_shape(types, r, &format!("{hint}Error{c}XX"), &ptr);
                error_types.push(ty);
            }
            None => {
                errors.push(StatusMatch::Default);
                let (_, ty) = response_shape(types, r, &format!("{hint}Error"), &ptr);
                error_types.push(ty);
            }
            Some(_) => {}
        }
    }
    let success = match success.len() {
        0 => Success::Single {
            kind: ResponseKind::Json,
            ty: TypeRef::Value,
        },
        _ if success
            .iter()
            .all(|(_, k, t)| (k, t) == (&success[0].1, &success[0].2)) =>
        {
            let (_, kind, ty) = success.swap_remove(0);
            Success::Single { kind, ty }
        }
        _ => {
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
    };
    let mut distinct: Vec<TypeRef> = error_types
        .into_iter()
        .filter(|t| *t != TypeRef::Unit && *t != TypeRef::Bytes && *t != TypeRef::String)
        .collect();
    distinct.sort();
    distinct.dedup();
    let error_type = if distinct.len() == 1 {
        distinct.remove(0)
    } else {
        TypeRef::Value
    };
    (success, errors, error_type)
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
    let ty = match &f.ty {
        TypeRef::Option(inner) => inner.as_ref(),
        other => other,
    };
    match ty {
        TypeRef::Vec(item) => Some(item.as_ref().clone()),
        _ => None,
    }
}

/// The `x-websocket.message` and `x-websocket-send.message` schemas of every operation, by the
/// pointer of the `message`.
fn websocket_schemas(api: &OpenAPI) -> HashMap<String, ReferenceOr<openapiv3::Schema>> {
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

/// The first success response served as `text/event-stream`: its schema types each event's
/// data (JSON values without one); `x-sse.resume` says how to resume after a reconnect.
fn event_stream<'a>(
    api: &'a OpenAPI,
    types: &mut Types<'a>,
    op: &'a openapiv3::Operation,
    hint: &str,
    op_ptr: &str,
) -> Option<Events> {
    let (code, media, mt) = op.responses.responses.iter().find_map(|(code, r)| {
        let (StatusCode::Code(200..=299) | StatusCode::Range(2)) = code else {
            return None;
        };
        let (media, mt) = resolve_response(api, r)?
            .content
            .iter()
            .find(|(m, _)| m.eq_ignore_ascii_case("text/event-stream"))?;
        Some((code, media, mt))
    })?;
    let message = match &mt.schema {
        Some(schema) => {
            let ptr = pointer::push(op_ptr, "responses");
            let ptr = pointer::push(&pointer::push(&ptr, &code.to_string()), "content");
            let ptr = pointer::push(&pointer::push(&ptr, media), "schema");
            types
                .type_of(SRef::from(schema), &format!("{hint}Event"), &ptr)
                .required()
        }
        None => TypeRef::Value,
    };
    let resume = op.extensions.get("x-sse").and_then(resume_rule);
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

/// `x-websocket` on a `get` whose path item (or operation) has a `ws://`/`wss://` server.
#[allow(clippy::too_many_arguments)]
fn websocket<'a>(
    ext: &Value,
    item: &'a openapiv3::PathItem,
    op: &'a openapiv3::Operation,
    path: &str,
    schemas: &'a HashMap<String, ReferenceOr<openapiv3::Schema>>,
    types: &mut Types<'a>,
    op_ptr: &str,
    warnings: &mut Vec<Diagnostic>,
) -> Option<WebSocket> {
    let name = op.operation_id.clone().unwrap_or_else(|| path.to_owned());
    let server = op
        .servers
        .first()
        .or_else(|| item.servers.first())
        .map(|s| s.url.trim_end_matches('/').to_owned())
        .filter(|u| u.starts_with("ws://") || u.starts_with("wss://"));
    let Some(server) = server else {
        warnings.push(
            Diagnostic::warning(format!(
                "websocket stream `{name}` has no ws:// or wss:// server; it is left out"
            ))
            .at(op_ptr),
        );
        return None;
    };
    let ext_ptr = pointer::push(op_ptr, "x-websocket");
    let mut message_type = |ext_ptr: &str, hint: &str| {
        let ptr = pointer::push(ext_ptr, "message");
        match schemas.get(&ptr) {
            Some(schema) => Some(
                types
                    .type_of(
                        SRef::from(schema),
                        &format!("{} {hint}", type_name(&name)),
                        &ptr,
                    )
                    .required(),
            ),
            None => {
                warnings.push(
                    Diagnostic::warning(format!("websocket stream `{name}` has no usable `message` schema; its messages are typed as JSON values"))
                        .at(ext_ptr),
                );
                None
            }
        }
    };
    let message = message_type(&ext_ptr, "message").unwrap_or(TypeRef::Value);
    let send = op.extensions.get("x-websocket-send").map(|_| {
        message_type(&pointer::push(op_ptr, "x-websocket-send"), "input").unwrap_or(TypeRef::Value)
    });
    if ext.get("send").is_some() {
        warnings.push(
            Diagnostic::warning(format!("websocket stream `{name}` names what the client sends inside `x-websocket`; declare it as `x-websocket-send: {{message}}` to get a sender"))
                .at(&ext_ptr),
        );
    }
    let auth = match ext.get("auth").and_then(Value::as_str) {
        Some("first-message") => WebSocketAuth::FirstMessage,
        Some("none") => WebSocketAuth::None,
        _ => WebSocketAuth::Header,
    };
    let resume = resume_rule(ext);
    Some(WebSocket {
        url: format!("{server}{path}"),
        signing_url: ext
            .get("signing-url")
            .and_then(Value::as_str)
            .map(str::to_owned),
        auth,
        message,
        resume,
        send,
    })
}

fn pagination(v: &Value) -> Option<Pagination> {
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

/// `x-default-headers: {Name: value}`; a header that could not be sent is left out with a warning.
fn default_headers(api: &OpenAPI, warnings: &mut Vec<Diagnostic>) -> Vec<(String, String)> {
    let Some(ext) = api.extensions.get("x-default-headers") else {
        return Vec::new();
    };
    let Some(map) = ext.as_object() else {
        warnings.push(
            Diagnostic::warning(
                "`x-default-headers` is not an object of header names to values; ignored",
            )
            .at("/x-default-headers"),
        );
        return Vec::new();
    };
    let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    let visible = |c: char| c == ' ' || c == '\t' || c.is_ascii_graphic();
    map.iter()
        .filter_map(|(name, value)| match value.as_str() {
            Some(value) if !name.is_empty() && name.chars().all(token) && value.chars().all(visible) => {
                Some((name.to_ascii_lowercase(), value.trim().to_owned()))
            }
            _ => {
                warnings.push(
                    Diagnostic::warning(format!(
                        "default header `{name}` is not a valid header name with a string value; left out"
                    ))
                    .at(pointer::push("/x-default-headers", name)),
                );
                None
            }
        })
        .collect()
}

fn base_url(api: &OpenAPI) -> Option<String> {
    let server = api.servers.first()?;
    let mut url = server.url.clone();
    if let Some(vars) = &server.variables {
        for (name, var) in vars {
            url = url.replace(&format!("{{{name}}}"), &var.default);
        }
    }
    (url.starts_with("http://") || url.starts_with("https://"))
        .then(|| url.trim_end_matches('/').to_owned())
}

fn auth_schemes(api: &OpenAPI) -> Vec<AuthScheme> {
    let Some(components) = &api.components else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, scheme) in &components.security_schemes {
        let ReferenceOr::Item(scheme) = scheme else {
            continue;
        };
        let (kind, description, ext) = match scheme {
            SecurityScheme::HTTP {
                scheme,
                description,
                extensions,
                ..
            } => {
                let kind = match scheme.to_ascii_lowercase().as_str() {
                    "basic" => AuthKind::Basic,
                    "bearer" => AuthKind::Bearer {
                        exchange_path: extensions
                            .get("x-token-exchange")
                            .and_then(|v| v.get("path"))
                            .and_then(Value::as_str)
                            .map(str::to_owned),
                    },
                    "oauth" => AuthKind::OAuth1 {
                        signature_methods: extensions
                            .get("x-oauth1")
                            .and_then(|v| v.get("signature-methods"))
                            .and_then(Value::as_array)
                            .map(|a| {
                                a.iter()
                                    .filter_map(Value::as_str)
                                    .map(str::to_owned)
                                    .collect()
                            })
                            .unwrap_or_default(),
                    },
                    other => AuthKind::Other(format!("http {other}")),
                };
                (kind, description, extensions)
            }
            SecurityScheme::APIKey {
                location,
                name,
                description,
                extensions,
            } => {
                let location = serde_json::to_value(location)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                (
                    AuthKind::ApiKey {
                        location,
                        name: name.clone(),
                    },
                    description,
                    extensions,
                )
            }
            SecurityScheme::OAuth2 {
                flows,
                description,
                extensions,
            } => {
                let kind = match &flows.client_credentials {
                    Some(cc) => AuthKind::ClientCredentials {
                        token_url: cc.token_url.clone(),
                        audience: extensions
                            .get("x-audience")
                            .and_then(Value::as_str)
                            .map(str::to_owned),
                    },
                    None => AuthKind::Other("oauth2".into()),
                };
                (kind, description, extensions)
            }
            SecurityScheme::OpenIDConnect {
                description,
                extensions,
                ..
            } => (
                AuthKind::Other("openIdConnect".into()),
                description,
                extensions,
            ),
        };
        let env = ext
            .get("x-env")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                    .collect()
            })
            .unwrap_or_default();
        out.push(AuthScheme {
            key: key.clone(),
            kind,
            description: description.clone(),
            env,
            server_url: ext
                .get("x-server-url")
                .and_then(Value::as_str)
                .map(str::to_owned),
        });
    }
    out
}
