//! Cargo features per tag, so that a user compiles only the operations they call and the types
//! those reach.
//!
//! A crate with more than one tag group gets one feature per group ([`Group::feature`](super::Group::feature)). Each
//! type is compiled when a feature that needs it is on ([`TypeDef::features`](super::TypeDef::features)): a group needs
//! the closure of the types its operations name (parameters, bodies, successes, errors, stream
//! items and messages), followed through fields, variants and aliases, cycles included. What the
//! untagged operations and the crate's `Error` reach is always compiled, as is a type every
//! group needs; a type no operation reaches is compiled with `full` only (what it reaches gets
//! `full` too, which any tag feature already implies).

use std::collections::{BTreeSet, HashMap};

use heck::ToKebabCase;
use unicode_normalization::UnicodeNormalization;

use super::names::Namespace;
use super::{
    Api, AuthKind, BodyKind, CallKind, Operation, RuntimeFeature, RuntimePart, Success, TypeKind,
    TypeRef,
};
use crate::diag::{Diagnostic, Kind};
use crate::pointer;

/// The feature that turns every tag feature on, and with it the types no operation reaches.
pub const FULL: &str = "full";

/// Feature names a tag's feature never takes: Cargo's own, the generated crate's other features
/// and the runtime features a crate forwards.
const RESERVED: [&str; 8] = [
    "default",
    FULL,
    "rustls",
    "tls-aws-lc",
    "native-tls",
    "mock",
    "websocket",
    "multipart",
];

/// Names each group's feature and puts each type behind the features that need it (for a
/// crate with at least two groups), then says which runtime features the crate needs and when.
pub(super) fn assign(api: &mut Api, warnings: &mut Vec<Diagnostic>) {
    if api.groups.len() >= 2 {
        tag_features(api, warnings);
    }
    api.runtime_features = runtime_features(api);
}

/// Whether an operation uses an optional part of the runtime (OAuth 1.0a and UUIDs are the
/// crate's, not an operation's: see [`runtime_features`]).
fn uses(op: &Operation, part: RuntimePart) -> bool {
    match part {
        RuntimePart::OAuth1 | RuntimePart::Uuid => false,
        RuntimePart::Websocket => matches!(op.kind, CallKind::WebSocket(_)),
        RuntimePart::Multipart => op
            .body
            .as_ref()
            .is_some_and(|b| b.kind == BodyKind::Multipart),
    }
}

/// Each runtime feature some operation needs, with the crate features of those operations'
/// groups; always on (no features) when an operation without a feature needs it.
fn runtime_features(api: &Api) -> Vec<RuntimeFeature> {
    let mut out = Vec::new();
    for part in [RuntimePart::Websocket, RuntimePart::Multipart] {
        let mut features = BTreeSet::new();
        let mut always = false;
        for op in api.operations.iter().filter(|op| uses(op, part)) {
            match op.group.and_then(|g| api.groups.get(g)?.feature.clone()) {
                Some(feature) => {
                    features.insert(feature);
                }
                None => always = true,
            }
        }
        if always || !features.is_empty() {
            out.push(RuntimeFeature {
                part,
                features: if always {
                    Vec::new()
                } else {
                    features.into_iter().collect()
                },
            });
        }
    }
    // `Client::from_env()` and the README build an `OAuth1` for any operation's scheme.
    if api
        .auth
        .iter()
        .any(|a| matches!(a.kind, AuthKind::OAuth1 { .. }))
    {
        out.push(RuntimeFeature {
            part: RuntimePart::OAuth1,
            features: Vec::new(),
        });
    }
    // Types are compiled by tag, but the dependency is the crate's: on for any `format: uuid`.
    if uses_uuid(api) {
        out.push(RuntimeFeature {
            part: RuntimePart::Uuid,
            features: Vec::new(),
        });
    }
    out
}

/// Whether an operation or a type of the crate names `format: uuid` (`uuid::Uuid`).
fn uses_uuid(api: &Api) -> bool {
    fn contains(t: &TypeRef) -> bool {
        matches!(t, TypeRef::Uuid) || t.wrapped().is_some_and(contains)
    }
    let mut found = false;
    for op in &api.operations {
        operation_types(op, &mut |t| found |= contains(t));
    }
    found
        || api
            .types
            .iter()
            .any(|def| kind_types(&def.kind).into_iter().any(contains))
}

/// One feature per group, and each type behind the features that need it.
fn tag_features(api: &mut Api, warnings: &mut Vec<Diagnostic>) {
    let mut taken = Namespace::with_reserved(&RESERVED);
    for (i, group) in api.groups.iter_mut().enumerate() {
        let wanted = feature_name(&group.tag).unwrap_or_else(|| format!("tag-{}", i + 1));
        let name = taken.claim(wanted.clone());
        if name != wanted || feature_name(&group.tag).is_none() {
            // The first tag of the group's first operation: where the tag is first used.
            let at = first_operation(&api.operations, i)
                .map(|o| pointer::push(&pointer::push(&o.pointer, "tags"), "0"));
            warnings.push(tag_warning(&group.tag, &wanted, &name, at.as_deref()));
        }
        group.feature = Some(name);
    }
    let needs = Needs::compute(api);
    for (i, def) in api.types.iter_mut().enumerate() {
        def.features = needs.features(i, &api.groups);
    }
}

/// A Cargo feature name from a tag: its ASCII letters and digits in kebab case, accents dropped
/// (`Zeebe Clients` → `zeebe-clients`, `Käse` → `kase`); `None` when nothing is left. A name
/// starting with a digit gets `tag-` in front, since Cargo wants a letter first.
pub fn feature_name(tag: &str) -> Option<String> {
    let ascii: String = tag
        .nfkd()
        .filter(char::is_ascii)
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let name = ascii.to_kebab_case();
    if name.is_empty() {
        None
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        Some(format!("tag-{name}"))
    } else {
        Some(name)
    }
}

fn first_operation(operations: &[Operation], group: usize) -> Option<&Operation> {
    operations.iter().find(|o| o.group == Some(group))
}

fn tag_warning(tag: &str, wanted: &str, name: &str, at: Option<&str>) -> Diagnostic {
    let message = if name == wanted {
        format!(
            "tag `{}` has no ASCII letter or digit to name a Cargo feature by; its feature is `{name}`",
            tag.escape_debug()
        )
    } else {
        format!(
            "tag `{}` would take the Cargo feature `{wanted}`, which is taken; its feature is `{name}`",
            tag.escape_debug()
        )
    };
    let warning = Diagnostic::warning(Kind::Renamed, message);
    match at {
        Some(pointer) => warning.at(pointer),
        None => warning,
    }
}

/// Which groups need each type, and which types are always or only fully compiled.
struct Needs {
    /// Per type: the groups whose operations reach it.
    groups: Vec<BTreeSet<usize>>,
    /// Per type: reached by an untagged operation or the crate's error.
    always: Vec<bool>,
}

impl Needs {
    fn compute(api: &Api) -> Self {
        let graph = Graph::new(api);
        let n = api.types.len();
        let mut needs = Needs {
            groups: vec![BTreeSet::new(); n],
            always: vec![false; n],
        };
        let mut always_roots = Vec::new();
        graph.named(&api.errors.body, &mut always_roots);
        let mut group_roots = vec![Vec::new(); api.groups.len()];
        for op in &api.operations {
            let roots = match op.group {
                Some(g) => &mut group_roots[g],
                None => &mut always_roots,
            };
            operation_types(op, &mut |t| graph.named(t, roots));
        }
        for t in graph.closure(&always_roots) {
            needs.always[t] = true;
        }
        for (g, roots) in group_roots.iter().enumerate() {
            for t in graph.closure(roots) {
                needs.groups[t].insert(g);
            }
        }
        needs
    }

    /// The features type `t` is compiled under (any of them); empty when always.
    fn features(&self, t: usize, groups: &[super::Group]) -> Vec<String> {
        let need = &self.groups[t];
        if self.always[t] || need.len() == groups.len() {
            return Vec::new();
        }
        if need.is_empty() {
            return vec![FULL.to_owned()];
        }
        let mut names: Vec<String> = need
            .iter()
            .filter_map(|&g| groups[g].feature.clone())
            .collect();
        names.sort();
        names
    }
}

/// Why a type is compiled when it is: what [`TypeDef::features`](super::TypeDef::features)
/// says, with the root that decided it (for `cargo xtask features --why`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The crate's `Error` (its body type) reaches it: always compiled.
    ErrorBody,
    /// An operation without a tag reaches it (its id): always compiled.
    Untagged(String),
    /// Every tag group's operations reach it: always compiled.
    EveryGroup,
    /// Compiled under these groups' features; the operation of each that reaches it first
    /// (feature, operation id).
    Groups(Vec<(String, String)>),
    /// No operation reaches it: `full` only.
    Unreached,
    /// The crate has no tag features (fewer than two tag groups): always compiled.
    NoTagFeatures,
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::ErrorBody => f.write_str("always: the crate's Error body reaches it"),
            Reason::Untagged(op) => write!(f, "always: untagged operation `{op}` reaches it"),
            Reason::EveryGroup => f.write_str("always: every tag's operations reach it"),
            Reason::Groups(by) => {
                f.write_str("tags ")?;
                for (i, (feature, op)) in by.iter().enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    write!(f, "{sep}{feature} (`{op}`)")?;
                }
                Ok(())
            }
            Reason::Unreached => f.write_str("full only: no operation reaches it"),
            Reason::NoTagFeatures => f.write_str("always: the crate has no tag features"),
        }
    }
}

/// Each type's name and [`Reason`], in the order of [`Api::types`]; the operations are named
/// by id.
pub fn reasons(api: &Api) -> Vec<(String, Reason)> {
    if api.groups.iter().all(|g| g.feature.is_none()) {
        let every = |def: &super::TypeDef| (def.name.clone(), Reason::NoTagFeatures);
        return api.types.iter().map(every).collect();
    }
    let graph = Graph::new(api);
    let n = api.types.len();
    let mut out: Vec<Option<Reason>> = vec![None; n];
    let mut roots = Vec::new();
    graph.named(&api.errors.body, &mut roots);
    for t in graph.closure(&roots) {
        out[t] = Some(Reason::ErrorBody);
    }
    let mut by_group: Vec<Vec<(usize, &str)>> = vec![Vec::new(); n];
    for op in &api.operations {
        let mut roots = Vec::new();
        operation_types(op, &mut |t| graph.named(t, &mut roots));
        for t in graph.closure(&roots) {
            match op.group {
                None if out[t].is_none() => out[t] = Some(Reason::Untagged(op.id.clone())),
                None => {}
                Some(g) if !by_group[t].iter().any(|&(h, _)| h == g) => {
                    by_group[t].push((g, &op.id));
                }
                Some(_) => {}
            }
        }
    }
    let groups = api.groups.len();
    let mut list = Vec::with_capacity(n);
    for ((def, reason), by) in api.types.iter().zip(out).zip(by_group) {
        let reason = reason.unwrap_or_else(|| match by.len() {
            0 => Reason::Unreached,
            k if k == groups => Reason::EveryGroup,
            _ => Reason::Groups(named_groups(api, by)),
        });
        list.push((def.name.clone(), reason));
    }
    list
}

/// `(feature, operation)` pairs sorted by feature, as the `cfg` lists them.
fn named_groups(api: &Api, by: Vec<(usize, &str)>) -> Vec<(String, String)> {
    let mut named: Vec<(String, String)> = by
        .into_iter()
        .map(|(g, op)| {
            let group = &api.groups[g];
            (
                group.feature.clone().unwrap_or_else(|| group.tag.clone()),
                op.to_owned(),
            )
        })
        .collect();
    named.sort();
    named
}

/// Every type an operation names, directly: the closure follows from there.
fn operation_types(op: &Operation, visit: &mut dyn FnMut(&TypeRef)) {
    for p in &op.params {
        visit(&p.ty);
    }
    if let Some(body) = &op.body {
        visit(&body.ty);
    }
    match &op.success {
        Success::Single { ty, .. } => visit(ty),
        Success::ByStatus { variants, .. } => {
            for (_, _, _, ty) in variants {
                visit(ty);
            }
        }
    }
    visit(&op.error_type);
    match &op.kind {
        CallKind::Request | CallKind::Download => {}
        CallKind::Paginated { item, .. } => visit(item),
        CallKind::Events(events) => visit(&events.message),
        CallKind::WebSocket(ws) => {
            visit(&ws.message);
            if let Some(send) = &ws.send {
                visit(send);
            }
        }
    }
}

/// The types each type names, by index into [`Api::types`].
struct Graph<'a> {
    index: HashMap<&'a str, usize>,
    edges: Vec<Vec<usize>>,
}

impl<'a> Graph<'a> {
    fn new(api: &'a Api) -> Self {
        let index: HashMap<&str, usize> = api
            .types
            .iter()
            .enumerate()
            .map(|(i, t)| (t.name.as_str(), i))
            .collect();
        let mut graph = Graph {
            index,
            edges: Vec::new(),
        };
        let edges = api
            .types
            .iter()
            .map(|def| {
                let mut out = Vec::new();
                for t in kind_types(&def.kind) {
                    graph.named(t, &mut out);
                }
                out
            })
            .collect();
        graph.edges = edges;
        graph
    }

    /// Pushes the indices of the named types inside `t` (through `Vec`, maps, `Option`, `Box`).
    fn named(&self, t: &TypeRef, out: &mut Vec<usize>) {
        match t {
            TypeRef::Named(name) => out.extend(self.index.get(name.as_str())),
            other => {
                if let Some(inner) = other.wrapped() {
                    self.named(inner, out);
                }
            }
        }
    }

    /// Every type reachable from `roots`, each once (cycles end where they began).
    fn closure(&self, roots: &[usize]) -> Vec<usize> {
        let mut seen = vec![false; self.edges.len()];
        let mut stack = roots.to_vec();
        let mut out = Vec::new();
        while let Some(t) = stack.pop() {
            if std::mem::replace(&mut seen[t], true) {
                continue;
            }
            out.push(t);
            stack.extend(self.edges[t].iter().filter(|&&u| !seen[u]));
        }
        out
    }
}

/// The types a type's definition names.
fn kind_types(kind: &TypeKind) -> Vec<&TypeRef> {
    match kind {
        TypeKind::Struct {
            fields, additional, ..
        } => fields.iter().map(|f| &f.ty).chain(additional).collect(),
        TypeKind::StringEnum { .. } | TypeKind::IntEnum { .. } => Vec::new(),
        TypeKind::Union { variants, .. } => variants.iter().map(|(_, t)| t).collect(),
        TypeKind::Alias(t) => vec![t],
    }
}

#[cfg(test)]
mod tests {
    use super::feature_name;

    #[test]
    fn feature_names_are_cargo_names() {
        assert_eq!(
            feature_name("Zeebe Clients").as_deref(),
            Some("zeebe-clients")
        );
        assert_eq!(feature_name("Käse").as_deref(), Some("kase"));
        assert_eq!(
            feature_name("repos/issues").as_deref(),
            Some("repos-issues")
        );
        assert_eq!(feature_name("2fa").as_deref(), Some("tag-2fa"));
        assert_eq!(feature_name("\"; rm -rf /").as_deref(), Some("rm-rf"));
        assert_eq!(feature_name("日本"), None);
        assert_eq!(feature_name(""), None);
    }
}
