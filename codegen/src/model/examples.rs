//! The spec's examples of JSON response bodies, kept (as compact JSON text) so the `mock`
//! feature can offer them as ready-made responses: the media type's `example`, else its first
//! inline `examples` value, else the `example` of its schema (inline or a local `$ref`). This is
//! spec text: the emitter prints it only as an escaped string literal.

use openapiv3::{MediaType, OpenAPI, ReferenceOr, Schema};

/// The example body of a response's JSON media type, if the spec gives one.
pub(super) fn media_example(api: &OpenAPI, media: &MediaType) -> Option<String> {
    let value = media
        .example
        .clone()
        .or_else(|| {
            media.examples.values().find_map(|e| match e {
                ReferenceOr::Item(example) => example.value.clone(),
                ReferenceOr::Reference { .. } => None,
            })
        })
        .or_else(|| schema_example(api, media.schema.as_ref()?))?;
    serde_json::to_string(&value).ok()
}

fn schema_example(api: &OpenAPI, schema: &ReferenceOr<Schema>) -> Option<serde_json::Value> {
    let schema = match schema {
        ReferenceOr::Item(s) => s,
        ReferenceOr::Reference { reference } => {
            let key = crate::pointer::key_under(reference, "#/components/schemas/")?;
            match api.components.as_ref()?.schemas.get(key.as_str())? {
                ReferenceOr::Item(s) => s,
                ReferenceOr::Reference { .. } => return None,
            }
        }
    };
    schema.schema_data.example.clone()
}
