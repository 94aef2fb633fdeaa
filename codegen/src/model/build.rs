//! Lowering an `openapiv3::OpenAPI` into the [`Api`] model: one pass over the operations, each
//! lowered completely by [`lower_operation`], then what the document says as a whole.

use std::collections::BTreeSet;

use openapiv3::{OpenAPI, PathItem, ReferenceOr};

use super::context::{Lowering, Site};
use super::document::{auth_schemes, base_url, default_headers};
use super::env::from_env;
use super::errors::crate_errors;
use super::features;
use super::groups::{OperationNames, derived_id, groups};
use super::names::type_name;
use super::operation::lower_operation;
use super::package::Package;
use super::params::{naming_template, normalize_template, template_styles};
use super::schema::{Types, add_constructors, box_recursion};
use super::streams::websocket_schemas;
use super::{Api, CallKind, Group, Method, Operation};
use crate::diag::{Diagnostic, Kind};
use crate::pointer;

/// What the caller decides rather than the spec.
#[derive(Debug, Clone)]
pub struct Options {
    /// The crate (package) name.
    pub crate_name: String,
    /// The package settings besides the defaults (`package::resolve`).
    pub package: Package,
}

/// Lowers a parsed spec into the model. Never fails: what cannot be typed precisely becomes
/// `serde_json::Value` with a warning (pointers are into the upgraded document).
pub fn build(api: &OpenAPI, options: &Options) -> (Api, Vec<Diagnostic>) {
    let messages = websocket_schemas(api);
    let mut cx = Lowering {
        api,
        types: Types::new(api),
        warnings: Vec::new(),
        messages: &messages,
    };
    cx.types.components();
    let (groups, index) = groups(api, &mut cx.warnings);
    let mut names = OperationNames::new(&groups, &index);
    let mut operations = Vec::new();
    for site in sites(&mut cx) {
        operations.extend(lower_operation(&mut cx, &mut names, &site));
    }
    let mut types = std::mem::take(&mut cx.types.defs);
    box_recursion(&mut types);
    add_constructors(&mut types);
    let errors = crate_errors(&mut operations, &types);
    cx.warnings.append(&mut cx.types.warnings);
    let mut api_model = Api {
        crate_name: options.crate_name.clone(),
        package: options.package.clone(),
        title: api.info.title.clone(),
        version: api.info.version.clone(),
        description: api.info.description.clone(),
        base_url: base_url(api),
        default_headers: default_headers(&mut cx),
        auth: auth_schemes(&mut cx),
        groups: used_groups(groups, &operations),
        example: example(&operations),
        stream_example: stream_example(&operations),
        body_example: super::body_example::body_example(&operations, &types),
        operations,
        types,
        errors,
        runtime_features: Vec::new(),
        from_env: None,
    };
    let (env, mut env_warnings) = from_env(&api_model);
    api_model.from_env = env;
    cx.warnings.append(&mut env_warnings);
    features::assign(&mut api_model, &mut cx.warnings);
    (api_model, cx.warnings)
}

/// Every operation, where it is; a path item that is still a `$ref` is skipped with a warning.
fn sites<'a>(cx: &mut Lowering<'a>) -> Vec<Site<'a>> {
    let mut out = Vec::new();
    for (path, item) in cx.api.paths.iter() {
        let item_ptr = pointer::push("/paths", path);
        let item = match item {
            ReferenceOr::Item(item) => item,
            ReferenceOr::Reference { reference } => {
                cx.warn(
                    Kind::Omitted,
                    format!(
                        "path item `$ref: {reference}` was not bundled; its operations are skipped"
                    ),
                    &item_ptr,
                );
                continue;
            }
        };
        let styles = template_styles(path);
        let naming = naming_template(path);
        let path = normalize_template(path);
        for (method, op) in methods(item) {
            let id = op
                .operation_id
                .clone()
                .unwrap_or_else(|| derived_id(method.key(), &naming));
            out.push(Site {
                path: path.clone(),
                template_styles: styles.clone(),
                item,
                op_ptr: pointer::push(&item_ptr, method.key()),
                item_ptr: item_ptr.clone(),
                method,
                op,
                hint: type_name(&id),
                id,
            });
        }
    }
    out
}

/// The operations of a path item, in the order `openapiv3` lists them.
fn methods(item: &PathItem) -> impl Iterator<Item = (Method, &openapiv3::Operation)> {
    [
        (Method::Get, &item.get),
        (Method::Put, &item.put),
        (Method::Post, &item.post),
        (Method::Delete, &item.delete),
        (Method::Options, &item.options),
        (Method::Head, &item.head),
        (Method::Patch, &item.patch),
        (Method::Trace, &item.trace),
    ]
    .into_iter()
    .filter_map(|(method, op)| Some((method, op.as_ref()?)))
}

/// The groups, without the descriptions of those no operation ended up in (a websocket stream
/// left out).
fn used_groups(groups: Vec<Group>, operations: &[Operation]) -> Vec<Group> {
    let used: BTreeSet<usize> = operations.iter().filter_map(|o| o.group).collect();
    groups
        .into_iter()
        .enumerate()
        .map(|(i, g)| {
            if used.contains(&i) {
                g
            } else {
                Group {
                    description: None,
                    ..g
                }
            }
        })
        .collect()
}

/// Whether a call needs arguments: required parameters or a required body.
fn needs_arguments(op: &Operation) -> bool {
    op.params.iter().any(|p| p.required) || op.body.as_ref().is_some_and(|b| b.required)
}

/// See [`Api::example`].
fn example(operations: &[Operation]) -> Option<usize> {
    // A websocket stream has `connect()`, not the `send()` the example calls.
    let simple = || {
        operations
            .iter()
            .enumerate()
            .filter(|(_, o)| !needs_arguments(o) && !matches!(o.kind, CallKind::WebSocket(_)))
    };
    simple()
        .find(|(_, o)| o.method == Method::Get && o.method_name.starts_with("list"))
        .or_else(|| simple().find(|(_, o)| o.method == Method::Get))
        .or_else(|| simple().next())
        .map(|(i, _)| i)
}

/// See [`Api::stream_example`].
fn stream_example(operations: &[Operation]) -> Option<usize> {
    operations.iter().position(|o| {
        let plain_stream = match &o.kind {
            CallKind::Paginated { .. } | CallKind::Events(_) => true,
            CallKind::WebSocket(ws) => ws.send.is_none(),
            CallKind::Request | CallKind::Download => false,
        };
        plain_stream && !needs_arguments(o) && !o.deprecated
    })
}
