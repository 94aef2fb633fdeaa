//! Tag groups and the names operations take: the method on the client or a tag's sub-client
//! (without the tag's words where that reads well) and the request builder struct.

use std::collections::HashMap;

use openapiv3::{OpenAPI, ReferenceOr};

use super::Group;
use super::context::Site;
use super::names::{
    CLIENT, CLIENT_TYPES, Namespace, fallback_warning, has_name, snake_name, type_name,
};
use crate::diag::{Diagnostic, Kind};
use crate::pointer;

/// Groups from the tags operations use, in order of first use (declared tags keep their
/// descriptions), with the index of each tag; a tag with nothing to name a sub-client by is
/// warned about where it is first used.
pub(super) fn groups<'a>(
    api: &'a OpenAPI,
    warnings: &mut Vec<Diagnostic>,
) -> (Vec<Group>, HashMap<&'a str, usize>) {
    // Each tag with where it is first used.
    let mut order: Vec<(&str, String)> = Vec::new();
    for (path, item) in api.paths.iter() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, op) in item.iter() {
            if let Some(tag) = op.tags.first() {
                if !order.iter().any(|(t, _)| t == tag) {
                    let at = pointer::push(&pointer::push("/paths", path), method);
                    order.push((tag, pointer::push(&pointer::push(&at, "tags"), "0")));
                }
            }
        }
    }
    let mut methods = Namespace::with_reserved(&CLIENT.reserved());
    let mut structs = Namespace::with_reserved(&CLIENT_TYPES);
    let mut index = HashMap::new();
    let groups = order
        .iter()
        .enumerate()
        .map(|(i, (tag, at))| {
            index.insert(*tag, i);
            let method = methods.claim(snake_name(tag));
            if !has_name(tag) {
                let message = fallback_warning("tag", tag, &method);
                warnings.push(Diagnostic::warning(Kind::Renamed, message).at(at.as_str()));
            }
            Group {
                tag: (*tag).to_owned(),
                method,
                struct_name: structs.claim(type_name(&format!("{tag} api"))),
                description: api
                    .tags
                    .iter()
                    .find(|t| t.name == *tag)
                    .and_then(|t| t.description.clone()),
                feature: None,
            }
        })
        .collect();
    (groups, index)
}

/// The names operations have taken so far: methods on the client and on each sub-client, and
/// builder structs.
pub(super) struct OperationNames<'a> {
    groups: &'a [Group],
    index: &'a HashMap<&'a str, usize>,
    root_methods: Namespace,
    group_methods: Vec<Namespace>,
    builders: Namespace,
}

impl<'a> OperationNames<'a> {
    /// Nothing taken yet but the client's own names and the groups'.
    pub fn new(groups: &'a [Group], index: &'a HashMap<&'a str, usize>) -> Self {
        let mut root_methods = Namespace::with_reserved(&CLIENT.reserved());
        let mut builders = Namespace::with_reserved(&CLIENT_TYPES);
        for g in groups {
            root_methods.claim(g.method.clone());
            builders.claim(g.struct_name.clone());
        }
        Self {
            groups,
            index,
            root_methods,
            group_methods: vec![Namespace::default(); groups.len()],
            builders,
        }
    }

    /// The operation's group (its first tag's) and its method name there.
    pub fn method(&mut self, site: &Site<'_>) -> (Option<usize>, String) {
        let full = snake_name(&site.id);
        let group = site
            .op
            .tags
            .first()
            .and_then(|t| self.index.get(t.as_str()).copied());
        let Some(g) = group else {
            return (None, self.root_methods.claim(full));
        };
        let taken = &mut self.group_methods[g];
        let name = match without_tag(&full, &self.groups[g].method) {
            // Not when another operation already took the full name: shortening could make the
            // two look alike.
            Some(short) if !taken.contains(&short) && !taken.contains(&full) => taken.claim(short),
            _ => taken.claim(full),
        };
        (Some(g), name)
    }

    /// The operation's request builder struct.
    pub fn builder(&mut self, site: &Site<'_>) -> String {
        self.builders.claim(type_name(&site.id))
    }
}

/// The method name without the words of its tag, so that `client.clusters().list_clusters()`
/// reads `client.clusters().list()`: `list_clusters` in `clusters` → `list`, `get_cluster` →
/// `get`, `create_zeebe_client` in `zeebe_clients` → `create`. `None` when the tag's words (plural
/// or singular) are not in the name, or nothing would be left.
fn without_tag(method: &str, tag: &str) -> Option<String> {
    let words: Vec<&str> = method.split('_').collect();
    let tag_words: Vec<String> = tag
        .trim_end_matches('_')
        .split('_')
        .map(str::to_owned)
        .collect();
    let last = tag_words.last()?;
    let singular = last
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| last.strip_suffix('s').map(str::to_owned));
    let mut candidates = vec![tag_words.clone()];
    if let Some(singular) = singular {
        let mut alt = tag_words.clone();
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
        let Some(start) = (0..=words.len() - n).find(|&s| words[s..s + n] == candidate[..]) else {
            continue;
        };
        let rest: Vec<&str> = words[..start]
            .iter()
            .chain(&words[start + n..])
            .copied()
            .collect();
        let name = rest.join("_");
        if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        return Some(snake_name(&name));
    }
    None
}

/// An `operationId` for an operation without one: `get /pets/{id}` → `getPetsById`.
pub(super) fn derived_id(method: &str, path: &str) -> String {
    let mut words = method.to_owned();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        if let Some(param) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            words.push_str(" by ");
            words.push_str(param);
        } else {
            words.push(' ');
            words.push_str(segment);
        }
    }
    let words: String = words
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    heck::ToLowerCamelCase::to_lower_camel_case(words.as_str())
}
