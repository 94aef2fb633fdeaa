//! What every lowering step shares: the document, the types built so far and the warnings; and
//! the place of the operation being lowered.

use std::collections::HashMap;

use openapiv3::{OpenAPI, PathItem, ReferenceOr, Schema};

use super::schema::Types;
use super::{Method, PathStyle};
use crate::diag::{Diagnostic, Kind};

/// The state of one lowering.
pub(super) struct Lowering<'a> {
    /// The parsed document.
    pub api: &'a OpenAPI,
    /// Every type defined so far, and the names taken.
    pub types: Types<'a>,
    /// Warnings about operations and the document (type warnings are kept in `types`).
    pub warnings: Vec<Diagnostic>,
    /// The message schemas of websocket streams, parsed from their extensions, by pointer.
    pub messages: &'a HashMap<String, ReferenceOr<Schema>>,
}

impl Lowering<'_> {
    /// Records a warning of a kind about the value at `pointer`.
    pub fn warn(&mut self, kind: Kind, message: impl Into<String>, pointer: impl Into<String>) {
        self.warnings
            .push(Diagnostic::warning(kind, message).at(pointer));
    }
}

/// The operation being lowered, and where it is.
pub(super) struct Site<'a> {
    /// The path template, RFC 6570 operators normalised.
    pub path: String,
    /// The styles the template's RFC 6570 operators give its placeholders (`{.id}`: label).
    pub template_styles: Vec<(String, PathStyle)>,
    /// The path item.
    pub item: &'a PathItem,
    /// The path item's pointer.
    pub item_ptr: String,
    /// The method.
    pub method: Method,
    /// The operation.
    pub op: &'a openapiv3::Operation,
    /// The operation's pointer.
    pub op_ptr: String,
    /// `operationId`, or one derived from method and path.
    pub id: String,
    /// The start of the names of the operation's inline types (`ListPets` → `ListPetsResponse`).
    pub hint: String,
}

/// A description as the model keeps it: a blank one (`description: ''`) is none, so the
/// emitter's fallback doc applies instead of an empty one.
pub(super) fn described(text: Option<&String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty()).cloned()
}
