//! Lowering an operation's parameters: the path item's merged with the operation's, typed,
//! named around the request builder's own members, and completed with the path placeholders the
//! spec forgot to declare.

use openapiv3::{Parameter, ParameterSchemaOrContent};
use serde_json::Value;

use super::context::{Lowering, Site, described};
use super::names::{BUILDER, Namespace, fallback_warning, has_name, snake_name};
use super::schema::SRef;
use super::{Bound, Param, ParamLocation, PathStyle, QueryStyle, TypeRef, refs};
use crate::diag::Kind;
use crate::pointer;

/// The operation's parameters, required ones first (otherwise in spec order).
pub(super) fn lower_params<'a>(cx: &mut Lowering<'a>, site: &Site<'a>) -> Vec<Param> {
    // Builder fields and setters share a namespace with the builder's own members.
    let mut names = Namespace::with_reserved(&BUILDER.all());
    let mut params: Vec<Param> = merged(cx, site)
        .into_iter()
        .map(|(p, pointer)| lower_param(cx, site, p, pointer, &mut names))
        .collect();
    for placeholder in placeholders(&site.path) {
        let declared = params
            .iter()
            .any(|p| matches!(p.location, ParamLocation::Path { .. }) && p.name == placeholder);
        if !declared {
            cx.warn(
                Kind::Guessed,
                format!("path parameter `{placeholder}` is not declared; it is typed as a string"),
                &site.op_ptr,
            );
            params.push(undeclared(placeholder, &mut names));
        }
    }
    params.sort_by_key(|p| !p.required);
    params
}

/// The path item's parameters, then the operation's, each with the pointer of where it is
/// written. An operation's parameter overrides the path item's of the same name and place (and
/// takes its place in the order of the operation's).
fn merged<'a>(cx: &mut Lowering<'a>, site: &Site<'a>) -> Vec<(&'a Parameter, String)> {
    let mut out: Vec<(&'a Parameter, String)> = Vec::new();
    for (list, base) in [
        (&site.item.parameters, &site.item_ptr),
        (&site.op.parameters, &site.op_ptr),
    ] {
        let base = pointer::push(base, "parameters");
        for (i, p) in list.iter().enumerate() {
            let site_ptr = pointer::push(&base, &i.to_string());
            let Some((param, ptr)) = refs::parameter(cx.api, p, &site_ptr) else {
                cx.warn(
                    Kind::Omitted,
                    "a parameter `$ref` points to nothing; it is left out",
                    site_ptr,
                );
                continue;
            };
            let data = param.parameter_data_ref();
            if set_by_client(param) {
                cx.warn(
                    Kind::Omitted,
                    format!(
                        "header parameter `{}` is left out: OpenAPI ignores `Accept` and \
                         `Content-Type` parameters; the client sets them from the operation's \
                         media types",
                        data.name
                    ),
                    site_ptr,
                );
                continue;
            }
            out.retain(|(q, _)| {
                !(q.parameter_data_ref().name == data.name
                    && std::mem::discriminant(*q) == std::mem::discriminant(param))
            });
            out.push((param, ptr));
        }
    }
    out
}

/// A header parameter named `Accept` or `Content-Type`, which OpenAPI says to ignore: a value
/// a caller set would be sent beside the client's own (Prism stops on a value that is no media
/// type). `Authorization`, which OpenAPI ignores too, is kept: hand-written descriptions often
/// declare it instead of a security scheme, and it is then the only way to authenticate.
fn set_by_client(param: &Parameter) -> bool {
    let name = &param.parameter_data_ref().name;
    matches!(param, Parameter::Header { .. })
        && (name.eq_ignore_ascii_case("accept") || name.eq_ignore_ascii_case("content-type"))
}

fn lower_param<'a>(
    cx: &mut Lowering<'a>,
    site: &Site<'a>,
    param: &'a Parameter,
    ptr: String,
    names: &mut Namespace,
) -> Param {
    let data = param.parameter_data_ref();
    let location = location(param, &site.template_styles);
    let hint = format!("{} {}", site.hint, data.name);
    let ty = match &data.format {
        ParameterSchemaOrContent::Schema(s) => {
            cx.types
                .type_of(SRef::from(s), &hint, &pointer::push(&ptr, "schema"))
        }
        ParameterSchemaOrContent::Content(content) => match content.iter().next() {
            Some((media, m)) => match &m.schema {
                Some(s) => {
                    let at = pointer::push(&pointer::push(&ptr, "content"), media);
                    cx.types
                        .type_of(SRef::from(s), &hint, &pointer::push(&at, "schema"))
                }
                None => TypeRef::String,
            },
            None => TypeRef::String,
        },
    };
    let required = match location {
        ParamLocation::Path {
            optional_segment, ..
        } => !optional_segment,
        ParamLocation::Query(_) | ParamLocation::Header | ParamLocation::Cookie => data.required,
    };
    let rust_name = names.claim(snake_name(&data.name));
    if !has_name(&data.name) {
        cx.warn(
            Kind::Renamed,
            fallback_warning("parameter", &data.name, &rust_name),
            &ptr,
        );
    }
    Param {
        name: data.name.clone(),
        rust_name,
        location,
        required,
        ty: ty.required(),
        description: described(data.description.as_ref()),
        deprecated: data.deprecated.unwrap_or(false),
        bounds: param_bounds(cx, &data.format),
        pointer: Some(ptr),
    }
}

/// Where a parameter goes; a query parameter's style with OpenAPI's default for `explode`
/// (true for `form` only); a path parameter's style as declared, or, when it declares neither
/// `style` nor `explode`, as the template's operator gives it (`{.id}`).
fn location(param: &Parameter, template_styles: &[(String, PathStyle)]) -> ParamLocation {
    let data = param.parameter_data_ref();
    let flag = |name: &str| data.extensions.get(name) == Some(&Value::Bool(true));
    match param {
        Parameter::Query { style, .. } => {
            let explode = data
                .explode
                .unwrap_or(matches!(style, openapiv3::QueryStyle::Form));
            ParamLocation::Query(match style {
                openapiv3::QueryStyle::Form => QueryStyle::Form { explode },
                openapiv3::QueryStyle::SpaceDelimited => QueryStyle::SpaceDelimited,
                openapiv3::QueryStyle::PipeDelimited => QueryStyle::PipeDelimited,
                openapiv3::QueryStyle::DeepObject => QueryStyle::DeepObject,
            })
        }
        Parameter::Path { style, .. } => ParamLocation::Path {
            optional_segment: flag("x-optional-segment"),
            allow_reserved: flag("x-allow-reserved"),
            style: path_style(
                style,
                data.explode,
                template_style(template_styles, &data.name),
            ),
        },
        Parameter::Header { .. } => ParamLocation::Header,
        Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}

/// A path parameter's style: the declared one, or the template's when the parameter leaves
/// both `style` and `explode` at their defaults (`openapiv3` reads a missing `style` as
/// `simple`, so a declared `simple` yields to an operator too: the template says more).
fn path_style(
    style: &openapiv3::PathStyle,
    explode: Option<bool>,
    from_template: Option<PathStyle>,
) -> PathStyle {
    let declared = explode.unwrap_or(false);
    match (style, from_template) {
        (openapiv3::PathStyle::Simple, Some(t)) if explode.is_none() => t,
        (openapiv3::PathStyle::Simple, _) => PathStyle::Simple { explode: declared },
        (openapiv3::PathStyle::Label, _) => PathStyle::Label { explode: declared },
        (openapiv3::PathStyle::Matrix, _) => PathStyle::Matrix { explode: declared },
    }
}

fn template_style(styles: &[(String, PathStyle)], name: &str) -> Option<PathStyle> {
    styles.iter().find(|(n, _)| n == name).map(|(_, s)| *s)
}

/// The bounds of a parameter's schema (the first media type's, for `content`).
fn param_bounds<'a>(cx: &Lowering<'a>, format: &'a ParameterSchemaOrContent) -> Vec<Bound> {
    let schema = match format {
        ParameterSchemaOrContent::Schema(s) => Some(s),
        ParameterSchemaOrContent::Content(content) => {
            content.iter().next().and_then(|(_, m)| m.schema.as_ref())
        }
    };
    schema.map_or_else(Vec::new, |s| cx.types.bounds_of(SRef::from(s)))
}

/// A path placeholder no parameter declares: a required string.
fn undeclared(name: String, names: &mut Namespace) -> Param {
    Param {
        rust_name: names.claim(snake_name(&name)),
        name,
        location: ParamLocation::Path {
            optional_segment: false,
            allow_reserved: false,
            style: PathStyle::Simple { explode: false },
        },
        required: true,
        ty: TypeRef::String,
        description: None,
        deprecated: false,
        bounds: Vec::new(),
        pointer: None,
    }
}

/// The placeholders of a path template, in order.
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

/// A path template with the RFC 6570 operators some specs use (`{.id}`, `{;id}`, `{id*}`) turned
/// into plain placeholders; [`template_styles`] keeps what the operators say.
pub(super) fn normalize_template(path: &str) -> String {
    rewrite_placeholders(path, |inner| {
        let (name, _) = operator(inner);
        format!("{{{name}}}")
    })
}

/// The template operation ids are derived from: operators written as the literal prefix they
/// put before a single value (`{.ext}` as `.{ext}`, `{;id}` as `;id={id}`), as the model did
/// before it kept styles, so a derived id (`getMatrixIdId`) does not change under users.
pub(super) fn naming_template(path: &str) -> String {
    rewrite_placeholders(path, |inner| {
        let (name, _) = operator(inner);
        match inner.chars().next() {
            Some('.') => format!(".{{{name}}}"),
            Some(';') => format!(";{name}={{{name}}}"),
            _ => format!("{{{name}}}"),
        }
    })
}

/// `path` with each `{…}` placeholder replaced by what `write` makes of its inside; text after
/// an unclosed `{` is kept as it is.
fn rewrite_placeholders(path: &str, write: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push_str(&write(&rest[start + 1..start + len]));
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The style each placeholder's RFC 6570 operator gives (`{.id}` label, `{;id}` matrix, a
/// trailing `*` exploded); placeholders without one are not listed.
pub(super) fn template_styles(path: &str) -> Vec<(String, PathStyle)> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        if let (name, Some(style)) = operator(&rest[start + 1..start + len]) {
            out.push((name.to_owned(), style));
        }
        rest = &rest[start + len + 1..];
    }
    out
}

/// A placeholder's name, and the style its operator and `*` give, if any.
fn operator(inner: &str) -> (&str, Option<PathStyle>) {
    let explode = inner.ends_with('*');
    let name = inner
        .trim_start_matches(['.', ';', '+', '#', '/'])
        .trim_end_matches('*');
    let style = match inner.chars().next() {
        Some('.') => Some(PathStyle::Label { explode }),
        Some(';') => Some(PathStyle::Matrix { explode }),
        _ if explode => Some(PathStyle::Simple { explode }),
        _ => None,
    };
    (name, style)
}
