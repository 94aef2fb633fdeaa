//! Following local `$ref`s to parameters, request bodies and responses, keeping the JSON pointer
//! of where each one is written (diagnostics and tools look there).

use indexmap::IndexMap;
use openapiv3::{OpenAPI, Parameter, ReferenceOr, RequestBody, Response};

use crate::pointer;

/// The item a `#/components/<section>/<key>` reference names, with its pointer. References to
/// references are not followed (the upgrade inlines them).
fn local<'a, T>(
    reference: &str,
    section: &str,
    map: Option<&'a IndexMap<String, ReferenceOr<T>>>,
) -> Option<(&'a T, String)> {
    let key = pointer::key_under(reference, &format!("#/components/{section}/"))?;
    match map?.get(key.as_str())? {
        ReferenceOr::Item(t) => Some((t, pointer::push(&format!("/components/{section}"), &key))),
        ReferenceOr::Reference { .. } => None,
    }
}

/// An inline item at `site`, or the component a reference there names.
fn item_or_local<'a, T>(
    value: &'a ReferenceOr<T>,
    site: &str,
    section: &str,
    map: Option<&'a IndexMap<String, ReferenceOr<T>>>,
) -> Option<(&'a T, String)> {
    match value {
        ReferenceOr::Item(t) => Some((t, site.to_owned())),
        ReferenceOr::Reference { reference } => local(reference, section, map),
    }
}

/// The parameter at `site`, and where it is.
pub(super) fn parameter<'a>(
    api: &'a OpenAPI,
    p: &'a ReferenceOr<Parameter>,
    site: &str,
) -> Option<(&'a Parameter, String)> {
    let map = api.components.as_ref().map(|c| &c.parameters);
    item_or_local(p, site, "parameters", map)
}

/// The request body at `site`, and where it is.
pub(super) fn request_body<'a>(
    api: &'a OpenAPI,
    b: &'a ReferenceOr<RequestBody>,
    site: &str,
) -> Option<(&'a RequestBody, String)> {
    let map = api.components.as_ref().map(|c| &c.request_bodies);
    item_or_local(b, site, "requestBodies", map)
}

/// The response at `site`, and where it is.
pub(super) fn response<'a>(
    api: &'a OpenAPI,
    r: &'a ReferenceOr<Response>,
    site: &str,
) -> Option<(&'a Response, String)> {
    let map = api.components.as_ref().map(|c| &c.responses);
    item_or_local(r, site, "responses", map)
}
