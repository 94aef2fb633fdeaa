//! The regular items of `builders.rs` written directly as text in prettyplease's layout, as
//! `text.rs` does for `types.rs`: a request builder's struct and its setters. `builders.rs`
//! describes them once ([`FieldSpec`], [`SetterSpec`]) and prints each either here or, when this
//! gives up (`None`: a line past prettyplease's width, a name that is not a plain ASCII
//! identifier, a doc line prettyplease would not print as `///`), from tokens as before. The
//! rest of a builder's `impl` (`send`, `prepare`…) stays on the token path, printed between these
//! (`format.rs`'s members).

use super::text::{INDENT, Writer, arg_in, lit, plain, ty};
use crate::model::TypeRef;
use crate::model::names::BUILDER;

/// Qualifies named types outside `types.rs`.
const TYPES: &str = "crate::types::";

/// What a builder's field holds.
#[derive(Debug, Clone, Copy)]
pub(super) enum Slot<'a> {
    /// A type of the model.
    Model(&'a TypeRef),
    /// A multipart form.
    Form,
    /// A switch.
    Bool,
    /// A time interval.
    Duration,
}

impl Slot<'_> {
    fn text(self) -> Option<String> {
        Some(match self {
            Slot::Model(t) => ty(t, TYPES)?,
            Slot::Form => "cloudsdk_runtime::multipart::Form".into(),
            Slot::Bool => "bool".into(),
            Slot::Duration => "std::time::Duration".into(),
        })
    }

    /// The setter's argument type and its conversion.
    fn arg(self) -> Option<(String, &'static str)> {
        match self {
            Slot::Model(t) => arg_in(t, TYPES),
            other => Some((other.text()?, "")),
        }
    }
}

/// A field of a builder (after its client): `name: T`, or `name: Option<T>`.
#[derive(Debug)]
pub(super) struct FieldSpec<'a> {
    pub name: &'a str,
    pub slot: Slot<'a>,
    pub optional: bool,
}

/// A setter: `pub fn field(mut self, param: T) -> Self` storing `Some(param)` (converted), or
/// with no parameter (a switch) storing `true`.
#[derive(Debug)]
pub(super) struct SetterSpec<'a> {
    /// Its `#[doc]` values.
    pub doc: Vec<String>,
    pub field: &'a str,
    pub param: Option<(&'static str, Slot<'a>)>,
}

/// The builder struct `name`: its doc comment (first, for the gate to follow it) and the rest.
pub(super) fn declaration(
    name: &str,
    doc: &str,
    must_use: &str,
    clone: bool,
    fields: &[FieldSpec<'_>],
) -> Option<(String, String)> {
    if !plain(name) || !fields.iter().all(|f| plain(f.name)) {
        return None;
    }
    let mut head = Writer::new();
    head.docs(0, &[doc.to_owned()]);
    let mut w = Writer::new();
    w.fixed(
        0,
        if clone {
            "#[derive(Debug, Clone)]"
        } else {
            "#[derive(Debug)]"
        },
    );
    w.line(0, &format!("#[must_use = {}]", lit(must_use)));
    w.line(0, &format!("pub struct {name} {{"));
    w.line(
        INDENT,
        &format!("pub(crate) {}: crate::Client,", BUILDER.client),
    );
    for f in fields {
        let t = f.slot.text()?;
        let t = if f.optional {
            format!("Option<{t}>")
        } else {
            t
        };
        w.line(INDENT, &format!("pub(crate) {}: {t},", f.name));
    }
    w.fixed(0, "}");
    Some((head.finish()?, w.finish()?))
}

/// A setter, as a member of its builder's `impl`.
pub(super) fn setter(s: &SetterSpec<'_>) -> Option<String> {
    let field = s.field;
    if !plain(field) {
        return None;
    }
    let mut w = Writer::new();
    w.docs(INDENT, &s.doc);
    match s.param {
        None => {
            w.line(INDENT, &format!("pub fn {field}(mut self) -> Self {{"));
            w.line(2 * INDENT, &format!("self.{field} = true;"));
        }
        Some((param, slot)) => {
            let (t, conv) = slot.arg()?;
            let params = ["mut self".to_owned(), format!("{param}: {t}")];
            w.signature(INDENT, &format!("pub fn {field}"), &params, " -> Self {");
            w.line(2 * INDENT, &format!("self.{field} = Some({param}{conv});"));
        }
    }
    w.fixed(2 * INDENT, "self");
    w.fixed(INDENT, "}");
    w.finish()
}

/// The head of a builder's `impl`.
pub(super) fn impl_head(name: &str) -> Option<String> {
    plain(name).then(|| format!("impl {name} {{\n"))
}
