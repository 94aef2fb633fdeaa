//! Two summaries → the list of changes a user of the crate would notice, each classified as
//! breaking or not, in Rust terms: a new required argument breaks every call, a new setter
//! breaks none.

use std::fmt;

use serde::Serialize;

use super::{Argument, FieldSummary, OperationSummary, Shape, Summary, TypeSummary};

/// Where a change goes in a changelog (breaking ones are listed first, whatever their section).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Section {
    /// Something new.
    Added,
    /// Something different.
    Changed,
    /// Something gone.
    Removed,
}

/// A piece of a change's description: prose, or a Rust item or value shown as code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Piece {
    /// Prose written here.
    Text(&'static str),
    /// A name, type or value (from the spec: escaped wherever it is shown).
    Code(String),
}

/// One change to the public API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Its changelog section.
    pub section: Section,
    /// Whether code that compiled against the old crate may not compile against the new one.
    pub breaking: bool,
    /// The Rust item: `Client::pets().list`, `types::Pet::name`.
    pub item: String,
    /// What happened to it.
    pub what: Vec<Piece>,
}

impl fmt::Display for Change {
    /// `Client::pets().list: removed (`GET /pets`)`, on one line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", one_line(&self.item))?;
        for piece in &self.what {
            match piece {
                Piece::Text(t) => f.write_str(t)?,
                Piece::Code(c) => write!(f, "`{}`", one_line(c))?,
            }
        }
        Ok(())
    }
}

/// Control characters as spaces, so a name from a spec cannot move the terminal's cursor.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn code(s: impl Into<String>) -> Piece {
    Piece::Code(s.into())
}

/// Collects changes.
struct Changes(Vec<Change>);

impl Changes {
    fn push(&mut self, section: Section, breaking: bool, item: &str, what: Vec<Piece>) {
        self.0.push(Change {
            section,
            breaking,
            item: item.to_owned(),
            what,
        });
    }
}

use Piece::Text;

/// Every change from `old` to `new`: the crate's error, then operations, then types.
pub fn diff(old: &Summary, new: &Summary) -> Vec<Change> {
    let mut out = Changes(Vec::new());
    if old.error != new.error {
        out.push(
            Section::Changed,
            true,
            "Error",
            vec![
                Text("the error body is "),
                code(&new.error),
                Text(" (was "),
                code(&old.error),
                Text(")"),
            ],
        );
    }
    operations(&old.operations, &new.operations, &mut out);
    types(&old.types, &new.types, &mut out);
    if let (Some(o), Some(n)) = (&old.features, &new.features) {
        names(
            o,
            n,
            |f| format!("[features] {f}"),
            "Cargo feature",
            &mut out,
        );
    }
    if let (Some(o), Some(n)) = (&old.reexports, &new.reexports) {
        let item = |r: &str| format!("{}::{r}", new.crate_name.replace('-', "_"));
        names(o, n, item, "re-exported from the runtime", &mut out);
    }
    out.0
}

/// Names gone (breaking: a user's `Cargo.toml` or `use` names them) and new ones.
fn names(
    old: &[String],
    new: &[String],
    item: impl Fn(&str) -> String,
    what: &'static str,
    out: &mut Changes,
) {
    for o in old.iter().filter(|o| !new.contains(o)) {
        let text = vec![Text("removed ("), Text(what), Text(")")];
        out.push(Section::Removed, true, &item(o), text);
    }
    for n in new.iter().filter(|n| !old.contains(n)) {
        let text = vec![Text("new ("), Text(what), Text(")")];
        out.push(Section::Added, false, &item(n), text);
    }
}

/// Pairs items by key; the rest are (removed, added), in their lists' orders.
fn pair<'a, T>(
    old: &'a [T],
    new: &'a [T],
    key: impl Fn(&T) -> &str,
) -> (Vec<(&'a T, &'a T)>, Vec<&'a T>, Vec<&'a T>) {
    let mut both = Vec::new();
    let mut removed = Vec::new();
    for o in old {
        match new.iter().find(|n| key(n) == key(o)) {
            Some(n) => both.push((o, n)),
            None => removed.push(o),
        }
    }
    let added = new
        .iter()
        .filter(|n| !old.iter().any(|o| key(o) == key(n)))
        .collect();
    (both, removed, added)
}

fn operations(old: &[OperationSummary], new: &[OperationSummary], out: &mut Changes) {
    let (both, removed, mut added) = pair(old, new, |o| o.call.as_str());
    for o in removed {
        // The same request under another name: a rename, which breaks callers all the same.
        if let Some(i) = added.iter().position(|n| n.http == o.http) {
            let n = added.remove(i);
            let what = vec![
                Text("renamed "),
                code(&n.call),
                Text(" ("),
                code(&n.http),
                Text(")"),
            ];
            out.push(Section::Changed, true, &o.call, what);
            operation(o, n, out);
            continue;
        }
        let what = vec![Text("removed ("), code(&o.http), Text(")")];
        out.push(Section::Removed, true, &o.call, what);
    }
    for n in added {
        let what = vec![Text("new operation ("), code(&n.http), Text(")")];
        out.push(Section::Added, false, &n.call, what);
    }
    for (o, n) in both {
        operation(o, n, out);
    }
}

/// What changed in one operation; reported under the new call's name.
fn operation(o: &OperationSummary, n: &OperationSummary, out: &mut Changes) {
    let item = n.call.as_str();
    if o.http != n.http {
        let what = vec![
            Text("now sends "),
            code(&n.http),
            Text(" (was "),
            code(&o.http),
            Text(")"),
        ];
        out.push(Section::Changed, false, item, what);
    }
    arguments(item, o, n, out);
    setters(item, o, n, out);
    let retyped = [
        ("returns ", &o.success, &n.success),
        ("its error body is ", &o.error, &n.error),
    ];
    for (label, was, now) in retyped {
        if was != now {
            let what = vec![Text(label), code(now), Text(" (was "), code(was), Text(")")];
            out.push(Section::Changed, true, item, what);
        }
    }
    statuses(item, &o.error_statuses, &n.error_statuses, out);
    streaming(item, o.streaming.as_deref(), n.streaming.as_deref(), out);
    if o.deprecated != n.deprecated {
        let what = if n.deprecated {
            vec![Text("deprecated by the API")]
        } else {
            vec![Text("no longer deprecated")]
        };
        out.push(Section::Changed, false, item, what);
    }
}

/// Positional arguments: any change to their number, order or types breaks every call; a
/// renamed argument of the same type at the same place breaks none.
fn arguments(item: &str, o: &OperationSummary, n: &OperationSummary, out: &mut Changes) {
    let types = |args: &[Argument]| args.iter().map(|a| a.ty.clone()).collect::<Vec<_>>();
    if types(&o.arguments) == types(&n.arguments) {
        for (was, now) in o.arguments.iter().zip(&n.arguments) {
            if was.name != now.name {
                let what = vec![
                    Text("argument "),
                    code(&was.name),
                    Text(" renamed "),
                    code(&now.name),
                    Text(" (same place and type: calls are unchanged)"),
                ];
                out.push(Section::Changed, false, item, what);
            }
        }
        return;
    }
    let (both, removed, added) = pair(&o.arguments, &n.arguments, |a| a.name.as_str());
    for a in removed {
        let what = if n.setters.iter().any(|s| s.name == a.name) {
            vec![
                Text("argument "),
                code(&a.name),
                Text(" is optional now: a builder setter"),
            ]
        } else {
            vec![Text("argument "), code(&a.name), Text(" removed")]
        };
        out.push(Section::Removed, true, item, what);
    }
    for a in added {
        let what = if o.setters.iter().any(|s| s.name == a.name) {
            vec![
                Text("parameter "),
                code(&a.name),
                Text(" is required now: an argument, no longer a setter"),
            ]
        } else {
            let arg = format!("{}: {}", a.name, a.ty);
            vec![
                Text("new required argument "),
                code(arg),
                Text(" ("),
                code(&a.sent_as),
                Text(")"),
            ]
        };
        out.push(Section::Changed, true, item, what);
    }
    for (was, now) in &both {
        if was.ty != now.ty {
            let what = vec![
                Text("argument "),
                code(&now.name),
                Text(" is "),
                code(&now.ty),
                Text(" (was "),
                code(&was.ty),
                Text(")"),
            ];
            out.push(Section::Changed, true, item, what);
        }
    }
    let order = |args: &[Argument]| -> Vec<String> {
        args.iter()
            .filter(|a| both.iter().any(|(x, _)| x.name == a.name))
            .map(|a| a.name.clone())
            .collect()
    };
    if order(&o.arguments) != order(&n.arguments) {
        let what = vec![
            Text("arguments reordered: "),
            code(order(&n.arguments).join(", ")),
        ];
        out.push(Section::Changed, true, item, what);
    }
}

/// Builder setters: a new one is an addition; a removed or retyped one breaks its callers.
fn setters(item: &str, o: &OperationSummary, n: &OperationSummary, out: &mut Changes) {
    let (both, removed, added) = pair(&o.setters, &n.setters, |a| a.name.as_str());
    for s in removed {
        // Made required: reported with the arguments.
        if !n.arguments.iter().any(|a| a.name == s.name) {
            let what = vec![
                Text("setter "),
                code(&s.name),
                Text(" removed ("),
                code(&s.sent_as),
                Text(")"),
            ];
            out.push(Section::Removed, true, item, what);
        }
    }
    for s in added {
        if !o.arguments.iter().any(|a| a.name == s.name) {
            let setter = format!("{}({})", s.name, s.ty);
            let what = vec![
                Text("new optional setter "),
                code(setter),
                Text(" ("),
                code(&s.sent_as),
                Text(")"),
            ];
            out.push(Section::Added, false, item, what);
        }
    }
    for (was, now) in both {
        if was.ty != now.ty {
            let what = vec![
                Text("setter "),
                code(&now.name),
                Text(" takes "),
                code(&now.ty),
                Text(" (was "),
                code(&was.ty),
                Text(")"),
            ];
            out.push(Section::Changed, true, item, what);
        }
    }
}

/// Documented error statuses: the error type stays the same, so no caller breaks.
fn statuses(item: &str, old: &[String], new: &[String], out: &mut Changes) {
    for s in new.iter().filter(|s| !old.contains(s)) {
        let what = vec![Text("documents error status "), code(s)];
        out.push(Section::Changed, false, item, what);
    }
    for s in old.iter().filter(|s| !new.contains(s)) {
        let what = vec![Text("no longer documents error status "), code(s)];
        out.push(Section::Changed, false, item, what);
    }
}

fn streaming(item: &str, old: Option<&str>, new: Option<&str>, out: &mut Changes) {
    match (old, new) {
        (None, None) => {}
        (Some(o), Some(n)) if o == n => {}
        (None, Some(n)) => out.push(Section::Added, false, item, vec![Text("new "), code(n)]),
        (Some(o), None) => out.push(
            Section::Removed,
            true,
            item,
            vec![code(o), Text(" removed")],
        ),
        (Some(o), Some(n)) => {
            let what = vec![code(n), Text(" (was "), code(o), Text(")")];
            out.push(Section::Changed, true, item, what);
        }
    }
}

fn types(old: &[TypeSummary], new: &[TypeSummary], out: &mut Changes) {
    let (both, removed, mut added) = pair(old, new, |t| t.name.as_str());
    for o in removed {
        let item = format!("types::{}", o.name);
        // The same shape under a new name: a renamed schema.
        if let Some(i) = added.iter().position(|n| n.shape == o.shape) {
            let n = added.remove(i);
            let what = vec![Text("renamed "), code(format!("types::{}", n.name))];
            out.push(Section::Changed, true, &item, what);
            continue;
        }
        out.push(Section::Removed, true, &item, vec![Text("removed")]);
    }
    for n in added {
        let item = format!("types::{}", n.name);
        let what = vec![Text("new "), Text(kind(&n.shape))];
        out.push(Section::Added, false, &item, what);
    }
    for (o, n) in both {
        shape(&o.name, &o.shape, &n.shape, out);
    }
}

fn kind(shape: &Shape) -> &'static str {
    match shape {
        Shape::Struct { .. } => "struct",
        Shape::Enum { .. } => "enum",
        Shape::IntEnum { .. } => "integer newtype",
        Shape::Union { .. } => "enum of alternatives",
        Shape::Alias { .. } => "type alias",
    }
}

fn shape(name: &str, old: &Shape, new: &Shape, out: &mut Changes) {
    let item = format!("types::{name}");
    match (old, new) {
        (
            Shape::Struct {
                fields: of,
                additional: oa,
            },
            Shape::Struct {
                fields: nf,
                additional: na,
            },
        ) => {
            fields(name, of, nf, out);
            additional(&item, oa.as_deref(), na.as_deref(), out);
        }
        (Shape::Enum { variants: o }, Shape::Enum { variants: n }) => {
            let show = |(v, value): &(String, String)| {
                vec![
                    Text("value "),
                    code(value),
                    Text(" (variant "),
                    code(v),
                    Text(")"),
                ]
            };
            members(&item, o, n, |v| v.0.as_str(), show, false, out);
        }
        (Shape::IntEnum { constants: o }, Shape::IntEnum { constants: n }) => {
            let show = |(c, value): &(String, i64)| {
                vec![
                    Text("constant "),
                    code(c),
                    Text(" = "),
                    code(value.to_string()),
                ]
            };
            members(&item, o, n, |c| c.0.as_str(), show, false, out);
        }
        (
            Shape::Union {
                variants: o,
                open: oo,
            },
            Shape::Union {
                variants: n,
                open: no,
            },
        ) => {
            let show =
                |(v, t): &(String, String)| vec![Text("variant "), code(format!("{v}({t})"))];
            members(&item, o, n, |v| v.0.as_str(), show, !(*oo && *no), out);
            if oo != no {
                let what = if *no {
                    vec![
                        Text("keeps unknown variants now ("),
                        code("#[non_exhaustive]"),
                        Text(")"),
                    ]
                } else {
                    vec![Text("no longer keeps unknown variants")]
                };
                out.push(Section::Changed, true, &item, what);
            }
        }
        (Shape::Alias { target: o }, Shape::Alias { target: n }) => {
            if o != n {
                let what = vec![Text("is now "), code(n), Text(" (was "), code(o), Text(")")];
                out.push(Section::Changed, true, &item, what);
            }
        }
        _ => {
            let what = vec![
                Text("is now a "),
                Text(kind(new)),
                Text(" (was a "),
                Text(kind(old)),
                Text(")"),
            ];
            out.push(Section::Changed, true, &item, what);
        }
    }
}

/// Variants or constants: removing or changing one breaks; adding one breaks only when
/// `added_breaks` (an exhaustive enum, whose matches must name every variant).
fn members<T: PartialEq>(
    item: &str,
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> &str,
    show: impl Fn(&T) -> Vec<Piece>,
    added_breaks: bool,
    out: &mut Changes,
) {
    let (both, removed, added) = pair(old, new, &key);
    for o in removed {
        let mut what = show(o);
        what.push(Text(" removed"));
        out.push(Section::Removed, true, item, what);
    }
    for n in added {
        let mut what = vec![Text("new ")];
        what.extend(show(n));
        out.push(Section::Added, added_breaks, item, what);
    }
    for (o, n) in both {
        if o != n {
            let mut what = show(n);
            what.push(Text(", was "));
            what.extend(show(o));
            out.push(Section::Changed, true, item, what);
        }
    }
}

/// Struct fields: a new optional field is a new `with_` setter; a new required field is a new
/// argument of `new`; anything else breaks code that reads or builds the field.
fn fields(name: &str, old: &[FieldSummary], new: &[FieldSummary], out: &mut Changes) {
    let (both, removed, added) = pair(old, new, |f| f.name.as_str());
    let item = |f: &FieldSummary| format!("types::{name}::{}", f.name);
    for f in removed {
        out.push(
            Section::Removed,
            true,
            &item(f),
            vec![Text("field removed")],
        );
    }
    for f in added {
        let what = if f.is_argument() {
            vec![
                Text("new required field of type "),
                code(&f.ty),
                Text(": "),
                code(format!("{name}::new")),
                Text(" takes it"),
            ]
        } else {
            vec![Text("new optional field of type "), code(&f.ty)]
        };
        out.push(Section::Added, f.is_argument(), &item(f), what);
    }
    for (o, n) in &both {
        field(&item(n), o, n, out);
    }
    let order = |fs: &[FieldSummary]| -> Vec<String> {
        fs.iter()
            .filter(|f| {
                f.is_argument()
                    && both
                        .iter()
                        .any(|(x, y)| x.name == f.name && x.is_argument() && y.is_argument())
            })
            .map(|f| f.name.clone())
            .collect()
    };
    if order(old) != order(new) {
        let what = vec![
            code(format!("{name}::new")),
            Text(" takes its arguments in a new order: "),
            code(order(new).join(", ")),
        ];
        out.push(Section::Changed, true, &format!("types::{name}"), what);
    }
}

fn field(item: &str, o: &FieldSummary, n: &FieldSummary, out: &mut Changes) {
    let inner = |f: &FieldSummary| {
        f.ty.strip_prefix("Option<")
            .and_then(|t| t.strip_suffix('>'))
            .unwrap_or(&f.ty)
            .to_owned()
    };
    if o.ty != n.ty {
        let what = match (o.is_argument(), n.is_argument()) {
            (false, true) if inner(o) == n.ty => vec![
                Text("required now (was optional): "),
                code(&n.ty),
                Text(", an argument of "),
                code("new"),
            ],
            (true, false) if inner(n) == o.ty => {
                vec![Text("optional now (was required): "), code(&n.ty)]
            }
            _ => vec![
                Text("is "),
                code(&n.ty),
                Text(" (was "),
                code(&o.ty),
                Text(")"),
            ],
        };
        out.push(Section::Changed, true, item, what);
    }
    if o.json != n.json {
        let what = vec![
            Text("sent as "),
            code(&n.json),
            Text(" (was "),
            code(&o.json),
            Text(")"),
        ];
        out.push(Section::Changed, false, item, what);
    }
}

fn additional(item: &str, old: Option<&str>, new: Option<&str>, out: &mut Changes) {
    match (old, new) {
        (None, None) => {}
        (Some(o), Some(n)) if o == n => {}
        (None, Some(n)) => {
            let what = vec![
                Text("new field "),
                code("additional_properties"),
                Text(" of "),
                code(n),
            ];
            out.push(Section::Added, false, item, what);
        }
        (Some(_), None) => {
            let what = vec![
                Text("field "),
                code("additional_properties"),
                Text(" removed"),
            ];
            out.push(Section::Removed, true, item, what);
        }
        (Some(o), Some(n)) => {
            let what = vec![
                code("additional_properties"),
                Text(" holds "),
                code(n),
                Text(" (was "),
                code(o),
                Text(")"),
            ];
            out.push(Section::Changed, true, item, what);
        }
    }
}
