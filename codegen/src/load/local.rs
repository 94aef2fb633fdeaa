//! Local `$ref`s of the bundled document, settled so that later stages read every reference as
//! a plain pointer into a components section:
//! - a fragment written percent-encoded, as RFC 6901 §6 asks of a JSON pointer in a URI
//!   (`#/definitions/Pet%20Store`), is decoded once; a pointer that exists as written is kept
//!   (a key that holds a `%` itself, written unencoded);
//! - a parameter, request body, response or header `$ref` that points outside its components
//!   section (into another operation: `#/paths/~1users~1{id}/put/responses/204`) has its target
//!   moved into that section, and the target's old place refers to it too, so both share it.
//!
//! Neither needs a warning: both are correct descriptions, read as their authors meant.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::kind::{Kind, Part, step};
use super::refs::percent_decode;
use super::{SourceMap, claim_name};
use crate::pointer;

/// The kinds whose references later stages follow only into their components section.
const MOVED: [Part; 4] = [
    Part::Parameter,
    Part::RequestBody,
    Part::Response,
    Part::Header,
];

/// Longest chain of `$ref`s to `$ref`s followed before giving up (a cycle, or a rare layout).
const MAX_CHAIN: usize = 16;

/// A local `$ref` found in the document.
struct Found {
    /// The pointer of the object holding the `$ref`.
    site: String,
    /// The kind of object the `$ref` stands for, when it has a components section.
    part: Option<Part>,
    reference: String,
}

/// Settles the local `$ref`s of `root`; moved targets are mounted in `sources` where they were.
pub(super) fn settle(root: &mut Value, sources: &mut SourceMap) {
    let mut found = Vec::new();
    let mut at = String::new();
    collect(root, Kind::Root, &mut at, &mut found);
    if found.is_empty() {
        return;
    }
    let swagger = root.get("swagger").is_some();
    let mut moves = Moves::default();
    for f in found {
        let Some(target) = moves.target_of(root, &f.reference) else {
            continue;
        };
        let moved = f.part.filter(|p| MOVED.contains(p));
        let section = moved.and_then(|p| Some((p, p.section(swagger)?)));
        let target = match section {
            Some((part, section)) => moves.settle(root, sources, part, section, target),
            None => Some(target),
        };
        if let Some(target) = target
            && target != f.reference[1..]
        {
            let site = moves.translate(&f.site);
            if let Some(Value::Object(map)) = root.pointer_mut(&site) {
                map.insert("$ref".to_owned(), Value::String(format!("#{target}")));
            }
        }
    }
}

/// Every local `$ref` under `value` (of kind `kind`, at `at`), in document order.
fn collect(value: &Value, kind: Kind, at: &mut String, found: &mut Vec<Found>) {
    if kind == Kind::Literal {
        return;
    }
    let children: Box<dyn Iterator<Item = (String, &Value)>> = match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref")
                && reference.starts_with('#')
            {
                let part = match kind {
                    Kind::Item(part) => Some(part),
                    _ => None,
                };
                found.push(Found {
                    site: at.clone(),
                    part,
                    reference: reference.clone(),
                });
            }
            Box::new(
                map.iter()
                    .filter(|(k, _)| *k != "$ref")
                    .map(|(k, v)| (k.clone(), v)),
            )
        }
        Value::Array(items) => Box::new(items.iter().enumerate().map(|(i, v)| (i.to_string(), v))),
        _ => return,
    };
    for (key, child) in children {
        let len = at.len();
        at.push('/');
        at.push_str(&pointer::escape(&key));
        collect(child, step(kind, &key), at, found);
        at.truncate(len);
    }
}

/// The targets moved into components sections so far.
#[derive(Default)]
struct Moves {
    /// Old pointer → new pointer, in the order they were made.
    done: Vec<(String, String)>,
    /// Names taken per section (its pointer).
    taken: HashMap<String, HashSet<String>>,
}

impl Moves {
    /// The pointer a local `$ref` means, when something is there: as written, or else
    /// percent-decoded; where it is now, if it moved.
    fn target_of(&self, root: &Value, reference: &str) -> Option<String> {
        let written = reference.strip_prefix('#')?;
        let decoded = percent_decode(written);
        [written, decoded.as_str()]
            .into_iter()
            .map(|p| self.translate(p))
            .find(|p| root.pointer(p).is_some())
    }

    /// Where the reference to `target` should point, for an object that belongs in `section`:
    /// an entry of that section, moving `target` there if needed. `None` when the chain of
    /// references from `target` ends nowhere.
    fn settle(
        &mut self,
        root: &mut Value,
        sources: &mut SourceMap,
        part: Part,
        section: &[&str],
        target: String,
    ) -> Option<String> {
        let section_ptr = section
            .iter()
            .fold(String::new(), |p, t| pointer::push(&p, t));
        let mut target = target;
        let mut seen = HashSet::new();
        loop {
            if is_entry_of(&target, &section_ptr) {
                return Some(target);
            }
            let next = match root.pointer(&target)? {
                Value::Object(map) => map.get("$ref").and_then(Value::as_str),
                _ => None,
            };
            let Some(next) = next else { break };
            if seen.len() >= MAX_CHAIN || !seen.insert(target.clone()) {
                return None;
            }
            target = self.target_of(root, next)?;
        }
        // Only what stands as this kind of object where it is (not the whole document, a path
        // item or a schema that a broken `$ref` names) moves.
        if kind_at(&target) != Kind::Item(part) {
            return Some(target);
        }
        Some(self.move_into(root, sources, &section_ptr, section, target))
    }

    /// Moves the object at `target` into the section at `section_ptr` and leaves a `$ref` to its
    /// new place where it was; the new pointer.
    fn move_into(
        &mut self,
        root: &mut Value,
        sources: &mut SourceMap,
        section_ptr: &str,
        section: &[&str],
        target: String,
    ) -> String {
        let name = self.name_for(root, section_ptr, section, &target);
        let moved = pointer::push(section_ptr, &name);
        let reference = Value::Object(Map::from_iter([(
            "$ref".to_owned(),
            Value::String(format!("#{moved}")),
        )]));
        let Some(slot) = root.pointer_mut(&target) else {
            return target;
        };
        let value = std::mem::replace(slot, reference);
        if let Some(Value::Object(entries)) = section_map(root, section) {
            entries.insert(name, value);
        }
        remount(sources, &target, &moved);
        self.done.push((target, moved.clone()));
        moved
    }

    /// A free name in the section for the object at `target`: its pointer's tokens without
    /// `paths` and the section's own word (`users_id_put_204`).
    fn name_for(
        &mut self,
        root: &Value,
        section_ptr: &str,
        section: &[&str],
        target: &str,
    ) -> String {
        let word = section.last().copied().unwrap_or_default();
        let tokens: Vec<String> = target
            .split('/')
            .skip(1)
            .map(pointer::unescape)
            .filter(|t| t != "paths" && t != word)
            .collect();
        let mut base = String::new();
        for c in tokens.join("_").chars() {
            if c.is_alphanumeric() {
                base.push(c);
            } else if !base.is_empty() && !base.ends_with('_') {
                base.push('_');
            }
        }
        let base = match base.trim_end_matches('_') {
            "" => "moved".to_owned(),
            b => b.to_owned(),
        };
        let taken = self.taken.entry(section_ptr.to_owned()).or_insert_with(|| {
            match root.pointer(section_ptr) {
                Some(Value::Object(map)) => map.keys().cloned().collect(),
                _ => HashSet::new(),
            }
        });
        claim_name(taken, base, "_")
    }

    /// Where the object once at `ptr` is now.
    fn translate(&self, ptr: &str) -> String {
        let mut ptr = ptr.to_owned();
        for (old, new) in &self.done {
            if let Some(rest) = ptr.strip_prefix(old.as_str())
                && (rest.is_empty() || rest.starts_with('/'))
            {
                ptr = format!("{new}{rest}");
            }
        }
        ptr
    }
}

/// Locations under `from` are now found under `to`.
fn remount(sources: &mut SourceMap, from: &str, to: &str) {
    let mut mounts: Vec<(String, (usize, String))> = sources
        .mounts
        .iter()
        .filter_map(|(at, place)| {
            let rest = at.strip_prefix(from)?;
            (rest.starts_with('/') || rest.is_empty())
                .then(|| (format!("{to}{rest}"), place.clone()))
        })
        .collect();
    if !sources.mounts.contains_key(from)
        && let Some(place) = sources.resolve(from)
    {
        mounts.push((to.to_owned(), place));
    }
    for (at, (file, in_file)) in mounts {
        sources.mount(at, file, in_file);
    }
}

/// The kind of object at `ptr` (the document's root being [`Kind::Root`]).
fn kind_at(ptr: &str) -> Kind {
    ptr.split('/').skip(1).fold(Kind::Root, |kind, token| {
        step(kind, &pointer::unescape(token))
    })
}

/// True when `target` names an entry of the section at `section_ptr` (not something inside one).
fn is_entry_of(target: &str, section_ptr: &str) -> bool {
    target
        .strip_prefix(section_ptr)
        .and_then(|rest| rest.strip_prefix('/'))
        .is_some_and(|name| !name.contains('/'))
}

/// The section's map in `root`, made when missing (a root that is not an object has none).
fn section_map<'v>(root: &'v mut Value, section: &[&str]) -> Option<&'v mut Value> {
    let mut at = root;
    for token in section {
        let Value::Object(map) = at else { return None };
        at = map
            .entry((*token).to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    at.is_object().then_some(at)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn settled(mut root: Value) -> Value {
        settle(&mut root, &mut SourceMap::default());
        root
    }

    #[test]
    fn percent_encoded_fragments_are_decoded_once() {
        let root = settled(json!({
            "components": {"schemas": {
                "Pet Store": {
                    "properties": {"o": {"$ref": "#/components/schemas/100%25"}},
                    "example": {"$ref": "#/components/schemas/Pet%20Store"}
                },
                "100%": {},
                "a%20b": {}
            }},
            "paths": {"/a": {"get": {"responses": {"200": {"content": {"a/b": {"schema": {
                "$ref": "#/components/schemas/Pet%20Store"
            }}}}}}}},
            "x": {"$ref": "#/components/schemas/a%20b"},
            "y": {"$ref": "#/components/schemas/Nowhere%20"}
        }));
        let schema = &root["paths"]["/a"]["get"]["responses"]["200"]["content"]["a/b"]["schema"];
        assert_eq!(schema["$ref"], "#/components/schemas/Pet Store");
        let owner = &root["components"]["schemas"]["Pet Store"]["properties"]["o"];
        assert_eq!(
            owner["$ref"], "#/components/schemas/100%",
            "decoded once, not twice"
        );
        assert_eq!(
            root["x"]["$ref"], "#/components/schemas/a%20b",
            "exists as written"
        );
        assert_eq!(
            root["y"]["$ref"], "#/components/schemas/Nowhere%20",
            "left for the model"
        );
        let example = &root["components"]["schemas"]["Pet Store"]["example"];
        assert_eq!(
            example["$ref"], "#/components/schemas/Pet%20Store",
            "data, not a reference"
        );
    }

    #[test]
    fn references_outside_their_section_move_their_target_there() {
        let ok = json!({"description": "ok"});
        let root = settled(json!({
            "paths": {
                "/a/{id}": {"put": {
                    "parameters": [{"name": "id", "in": "path"}],
                    "responses": {"204": ok, "205": {"$ref": "#/paths/~1a~1{id}/put/responses/204"}}
                }},
                "/b": {"post": {
                    "parameters": [{"$ref": "#/paths/~1a~1{id}/put/parameters/0"}],
                    "responses": {
                        "204": {"$ref": "#/paths/~1a~1{id}/put/responses/204"},
                        "400": {"$ref": "#/components/responses/Bad"},
                        "401": {"$ref": "#/paths/~1b/post/responses/401"},
                        "402": {"$ref": "#/paths/~1nowhere"},
                        "403": {"$ref": "#"},
                        "404": {"$ref": "#/paths/~1b/post"}
                    }
                }}
            },
            "components": {"responses": {"Bad": ok, "a_id_put_204": ok}}
        }));
        let moved = "#/components/responses/a_id_put_204_2";
        let put = &root["paths"]["/a/{id}"]["put"];
        assert_eq!(
            put["responses"]["204"]["$ref"], moved,
            "its old place refers to it"
        );
        assert_eq!(put["responses"]["205"]["$ref"], moved);
        let post = &root["paths"]["/b"]["post"];
        assert_eq!(post["responses"]["204"]["$ref"], moved);
        assert_eq!(root["components"]["responses"]["a_id_put_204_2"], ok);
        assert_eq!(
            post["parameters"][0]["$ref"],
            "#/components/parameters/a_id_put_0"
        );
        assert_eq!(
            put["parameters"][0]["$ref"],
            "#/components/parameters/a_id_put_0"
        );
        assert_eq!(root["components"]["parameters"]["a_id_put_0"]["name"], "id");
        assert_eq!(
            post["responses"]["400"]["$ref"],
            "#/components/responses/Bad"
        );
        assert_eq!(
            post["responses"]["401"]["$ref"], "#/paths/~1b/post/responses/401",
            "a cycle"
        );
        assert_eq!(
            post["responses"]["402"]["$ref"], "#/paths/~1nowhere",
            "dangling"
        );
    }

    #[test]
    fn references_into_a_moved_target_follow_it() {
        let schema = json!({"type": "string"});
        let root = settled(json!({"paths": {
            "/a": {"get": {"responses": {"200": {
                "description": "ok", "content": {"a/b": {"schema": schema}}
            }}}},
            "/b": {"get": {"responses": {
                "200": {"$ref": "#/paths/~1a/get/responses/200"},
                "201": {"description": "ok", "content": {"a/b": {"schema": {
                    "$ref": "#/paths/~1a/get/responses/200/content/a~1b/schema"
                }}}}
            }}}
        }}));
        let moved = &root["components"]["responses"]["a_get_200"];
        assert_eq!(moved["content"]["a/b"]["schema"], schema);
        let b = &root["paths"]["/b"]["get"]["responses"];
        assert_eq!(b["200"]["$ref"], "#/components/responses/a_get_200");
        assert_eq!(
            b["201"]["content"]["a/b"]["schema"]["$ref"],
            "#/components/responses/a_get_200/content/a~1b/schema"
        );
    }

    #[test]
    fn swagger_sections_are_at_the_top() {
        let root = settled(json!({
            "swagger": "2.0",
            "paths": {"/a": {"get": {"responses": {
                "200": {"description": "ok"},
                "201": {"$ref": "#/paths/~1a/get/responses/200"}
            }}}}
        }));
        assert_eq!(root["responses"]["a_get_200"]["description"], "ok");
        assert_eq!(
            root["paths"]["/a"]["get"]["responses"]["201"]["$ref"],
            "#/responses/a_get_200"
        );
    }
}
