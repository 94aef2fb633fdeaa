//! The regular items of `builders.rs` written directly as text in prettyplease's layout, as
//! `text.rs` does for `types.rs`: a request builder's struct and its setters. `builders.rs`
//! describes them once ([`FieldSpec`], [`SetterSpec`]) and prints each either here or, when this
//! gives up (`None`: a line past prettyplease's width, a name that is not a plain ASCII
//! identifier, a doc line prettyplease would not print as `///`), from tokens as before. The
//! rest of a builder's `impl` (`send`, `prepare`…) stays on the token path, printed between these
//! (`format.rs`'s members).

use super::text::{INDENT, MARGIN, Writer, arg_in, lit, plain, ty};
use crate::model::names::BUILDER;
use crate::model::{Api, Body, BodyKind, Operation, ResponseKind, StatusMatch, Success, TypeRef};

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

impl<'a> Slot<'a> {
    /// Where a request body is kept: a multipart form, or the model's type of the body.
    pub(super) fn body(body: &'a Body) -> Self {
        match body.kind {
            BodyKind::Multipart => Slot::Form,
            BodyKind::Json
            | BodyKind::JsonOrForm
            | BodyKind::Form
            | BodyKind::Binary(_)
            | BodyKind::Text(_) => Slot::Model(&body.ty),
        }
    }

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

/// What a builder's `OPERATION` constant says (`cloudsdk_runtime::Operation`).
#[derive(Debug)]
pub(super) struct OperationSpec<'a> {
    pub id: &'a str,
    /// The `cloudsdk_runtime::Method` variant.
    pub method: &'a str,
    pub path: &'a str,
    pub idempotent: bool,
    pub authenticated: bool,
    pub signing_url: Option<&'a str>,
    pub errors: &'a [StatusMatch],
}

/// The doc comment of a builder's `OPERATION` constant.
pub(super) const OPERATION_DOC: &str =
    " The operation's facts: method, path, authentication, documented errors.";

/// A builder's `OPERATION` constant, as a member of its `impl`. Its first line is past the
/// width whatever it holds, so prettyplease always breaks `new`'s arguments one a line, and the
/// methods called on it (when there are any) one a line.
pub(super) fn operation(o: &OperationSpec<'_>) -> Option<String> {
    let mut w = Writer::new();
    w.fixed(INDENT, &format!("///{OPERATION_DOC}"));
    w.fixed(
        INDENT,
        "pub(crate) const OPERATION: &'static cloudsdk_runtime::Operation = &cloudsdk_runtime::Operation::new(",
    );
    let mut calls = Vec::new();
    if !o.authenticated {
        calls.push(".authenticated(false)".to_owned());
    }
    if let Some(url) = o.signing_url {
        calls.push(format!(".signing_url({})", lit(url)));
    }
    let args = if calls.is_empty() && o.errors.is_empty() {
        2 * INDENT
    } else {
        3 * INDENT
    };
    w.line(args, &format!("{},", lit(o.id)));
    w.line(args, &format!("cloudsdk_runtime::Method::{},", o.method));
    w.line(args, &format!("{},", lit(o.path)));
    w.fixed(args, &format!("{},", o.idempotent));
    if args == 2 * INDENT {
        w.fixed(INDENT, ");");
        return w.finish();
    }
    w.fixed(2 * INDENT, ")");
    let last = calls.len().saturating_sub(1);
    for (i, call) in calls.iter().enumerate() {
        let end = if i == last && o.errors.is_empty() {
            ";"
        } else {
            ""
        };
        w.line(2 * INDENT, &format!("{call}{end}"));
    }
    errors_call(&mut w, o.errors);
    w.finish()
}

/// `.errors(&[…]);` ending the constant: on one line for one status, else one a line (two
/// never fit on one).
fn errors_call(w: &mut Writer, errors: &[StatusMatch]) {
    let items: Vec<String> = errors.iter().map(status_match).collect();
    match items.as_slice() {
        [] => {}
        [one] => w.line(2 * INDENT, &format!(".errors(&[{one}]);")),
        many => {
            w.fixed(2 * INDENT, ".errors(");
            w.fixed(3 * INDENT, "&[");
            for item in many {
                w.fixed(4 * INDENT, &format!("{item},"));
            }
            w.fixed(3 * INDENT, "],");
            w.fixed(2 * INDENT, ");");
        }
    }
}

/// A `cloudsdk_runtime::StatusMatch`, its number suffixed as `quote!` writes a `u16`.
fn status_match(s: &StatusMatch) -> String {
    match s {
        StatusMatch::Code(c) => format!("cloudsdk_runtime::StatusMatch::Code({c}u16)"),
        StatusMatch::Class(c) => format!("cloudsdk_runtime::StatusMatch::Class({c}u16)"),
        StatusMatch::Default => "cloudsdk_runtime::StatusMatch::Default".to_owned(),
    }
}

/// The method that starts an operation (`starter.rs`): `pub fn method(&self, args…)` returning
/// its builder with every field set.
#[derive(Debug)]
pub(super) struct StarterSpec<'a> {
    /// Its `#[doc]` values.
    pub doc: Vec<String>,
    pub deprecated: bool,
    pub method: &'a str,
    pub builder: &'a str,
    /// The arguments: each a field's name and what it takes.
    pub args: Vec<(&'a str, Slot<'a>)>,
    /// The builder's fields after its client, in order.
    pub inits: Vec<Init<'a>>,
}

/// How a starter sets a builder's field.
#[derive(Debug)]
pub(super) enum Init<'a> {
    /// From the argument of the same name, converted, in `Some` when `some`.
    Arg {
        field: &'a str,
        slot: Slot<'a>,
        some: bool,
    },
    /// To `None`, or to `false` for a switch.
    Unset { field: &'a str, switch: bool },
}

/// A starter on a sub-client (its client is `self.client`), as a member of its `impl`.
pub(super) fn starter(s: &StarterSpec<'_>) -> Option<String> {
    if ![s.method, s.builder].into_iter().all(plain) {
        return None;
    }
    let mut params = vec!["&self".to_owned()];
    for (name, slot) in &s.args {
        params.push(format!("{}: {}", plain_name(name)?, slot.arg()?.0));
    }
    let mut w = Writer::new();
    w.docs(INDENT, &s.doc);
    if s.deprecated {
        w.fixed(INDENT, "#[deprecated(note = \"deprecated by the API\")]");
    }
    let head = format!("pub fn {}", s.method);
    let builder = format!("crate::builders::{}", s.builder);
    w.signature(INDENT, &head, &params, &format!(" -> {builder} {{"));
    // Past prettyplease's 34 columns for a struct literal on one line, whatever it holds.
    w.line(2 * INDENT, &format!("{builder} {{"));
    let client = BUILDER.client;
    w.fixed(3 * INDENT, &format!("{client}: self.{client}.clone(),"));
    for init in &s.inits {
        w.line(3 * INDENT, &format!("{},", init_text(init)?));
    }
    w.fixed(2 * INDENT, "}");
    w.fixed(INDENT, "}");
    w.finish()
}

fn plain_name(name: &str) -> Option<&str> {
    plain(name).then_some(name)
}

/// A field's initializer in a starter's struct literal.
fn init_text(init: &Init<'_>) -> Option<String> {
    Some(match init {
        Init::Arg { field, slot, some } => {
            let field = plain_name(field)?;
            let conv = slot.arg()?.1;
            match (some, conv) {
                (true, conv) => format!("{field}: Some({field}{conv})"),
                (false, "") => field.to_owned(),
                (false, conv) => format!("{field}: {field}{conv}"),
            }
        }
        Init::Unset { field, switch } => {
            let value = if *switch { "false" } else { "None" };
            format!("{}: {value}", plain_name(field)?)
        }
    })
}

/// A sub-client's struct: its doc comment (first, for the gate to follow it) and the rest.
pub(super) fn sub_client(name: &str, doc: &[String]) -> Option<(String, String)> {
    let mut head = Writer::new();
    head.docs(0, doc);
    let mut w = Writer::new();
    w.fixed(0, "#[derive(Debug, Clone, Copy)]");
    w.line(0, &format!("pub struct {}<'a> {{", plain_name(name)?));
    w.fixed(
        INDENT,
        &format!("pub(crate) {}: &'a crate::Client,", BUILDER.client),
    );
    w.fixed(0, "}");
    Some((head.finish()?, w.finish()?))
}

/// The head of a sub-client's `impl`.
pub(super) fn sub_client_impl_head(name: &str) -> Option<String> {
    plain(name).then(|| format!("impl<'a> {name}<'a> {{\n"))
}

/// A request builder's `send` and `send_with_response`, as members of its `impl`: `out` the
/// success value's type, `error` the calls' error type, `decode` the path of the function that
/// decodes a success response, each as prettyplease prints it.
pub(super) fn sending(doc: &str, out: &str, error: &str, decode: &str) -> Option<String> {
    let mut w = Writer::new();
    w.docs(INDENT, &[doc.to_owned()]);
    w.fixed(INDENT, "#[inline]");
    future_fn(&mut w, BUILDER.send, out, error);
    let prepare = BUILDER.prepare;
    w.line(
        2 * INDENT,
        &format!("self.{prepare}().sending_value({decode})"),
    );
    w.fixed(INDENT, "}");
    w.fixed(
        INDENT,
        "/// Like [`send`](Self::send), with the response's status and headers.",
    );
    w.fixed(INDENT, "#[inline]");
    let value = format!("cloudsdk_runtime::ResponseValue<{out}>");
    future_fn(&mut w, BUILDER.send_with_response, &value, error);
    w.line(
        2 * INDENT,
        &format!("self.{prepare}().sending_decoded({decode})"),
    );
    w.fixed(INDENT, "}");
    w.finish()
}

/// `pub fn name(self) -> cloudsdk_runtime::Sending<ok, error> {` as prettyplease lays it out: on
/// one line; else the parameter on its own line; else also the type's arguments one a line.
/// Past that it gives up.
fn future_fn(w: &mut Writer, name: &str, ok: &str, error: &str) {
    let ret = format!(" -> cloudsdk_runtime::Sending<{ok}, {error}> {{");
    let one = format!("pub fn {name}(self){ret}");
    if INDENT + one.len() <= MARGIN {
        w.line(INDENT, &one);
        return;
    }
    w.line(INDENT, &format!("pub fn {name}("));
    w.fixed(2 * INDENT, "self,");
    let close = format!("){ret}");
    if INDENT + close.len() <= MARGIN {
        w.line(INDENT, &close);
        return;
    }
    w.fixed(INDENT, ") -> cloudsdk_runtime::Sending<");
    w.line(2 * INDENT, &format!("{ok},"));
    w.line(2 * INDENT, &format!("{error},"));
    w.fixed(INDENT, "> {");
}

/// [`sending`]'s `out`, `error` and `decode` for an operation (as `builders.rs` builds their
/// tokens); `None` when a name is not plain.
pub(super) fn sending_types(op: &Operation, api: &Api) -> Option<(String, String, &'static str)> {
    let (out, decode) = match &op.success {
        Success::Single { ty: t, kind } => {
            let decode = match kind {
                ResponseKind::Empty => "cloudsdk_runtime::decode::empty",
                ResponseKind::Json => "cloudsdk_runtime::decode::json",
                ResponseKind::Text => "cloudsdk_runtime::decode::text",
                ResponseKind::Binary => "cloudsdk_runtime::decode::bytes",
            };
            (ty(t, TYPES)?, decode)
        }
        Success::ByStatus { name, .. } => (format!("{TYPES}{}", plain_name(name)?), "Self::decode"),
    };
    let error = if op.error_type == api.errors.body {
        "crate::Error".to_owned()
    } else {
        format!("crate::Error<{}>", ty(&op.error_type, TYPES)?)
    };
    Some((out, error, decode))
}
