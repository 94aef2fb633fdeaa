//! Stage 2, **upgrade**: rewrites a bundled document in place into the OpenAPI 3.0.3 shape that
//! `openapiv3` parses. Swagger 2.0 is converted in full, OpenAPI 3.1 is brought down to 3.0, and
//! common mistakes that would make `openapiv3` reject an understandable document are repaired
//! with a warning each.
//!
//! - `swagger`: Swagger 2.0 → the OpenAPI 3 layout (servers, components, request bodies,
//!   content); schemas move over as they are.
//! - `document`: repairs of everything around the schemas (info, servers, paths, operations,
//!   parameters, bodies, responses, headers, components, security schemes).
//! - `schema`: repairs of schemas (3.1 → 3.0 keywords, wrong value types, nesting bound).
//! - `leftovers`: Swagger 2.0 keywords still found in the OpenAPI 3 layout, each converted once.
//! - `fixer`: the warnings, pointer moves and 3.1 policy they all report to.
//!
//! Every pointer that moves is recorded in a [`PointerMap`], so diagnostics about the upgraded
//! document can name the place in the source document.

mod document;
mod fixer;
mod leftovers;
mod schema;
mod swagger;

use std::collections::HashMap;
use std::fmt;

use serde_json::Value;

use crate::diag::Diagnostic;

/// The version of the API description language a document was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpecVersion {
    /// Swagger 2.0.
    Swagger2,
    /// OpenAPI 3.0.x.
    OpenApi30,
    /// OpenAPI 3.1.x.
    OpenApi31,
}

impl fmt::Display for SpecVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SpecVersion::Swagger2 => "Swagger 2.0",
            SpecVersion::OpenApi30 => "OpenAPI 3.0",
            SpecVersion::OpenApi31 => "OpenAPI 3.1.0",
        })
    }
}

/// The outcome of [`upgrade`].
#[derive(Debug)]
pub struct Upgraded {
    /// The version the document was written in.
    pub version: SpecVersion,
    /// What was repaired, each with the pointer of the place in the upgraded document.
    pub warnings: Vec<Diagnostic>,
    /// Maps pointers in the upgraded document back to the source document.
    pub pointers: PointerMap,
}

/// Maps pointers in the upgraded document to pointers in the document before the upgrade.
///
/// Holds prefix rules (`/components/schemas` → `/definitions`); the longest matching prefix wins
/// and the rest of the pointer is kept. Pointers no rule matches are unchanged.
#[derive(Debug, Default, Clone)]
pub struct PointerMap {
    rules: HashMap<String, String>,
}

impl PointerMap {
    /// The pointer in the source document for `upgraded_pointer`.
    pub fn original(&self, upgraded_pointer: &str) -> String {
        let mut prefix = upgraded_pointer;
        loop {
            if let Some(original) = self.rules.get(prefix) {
                return format!("{original}{}", &upgraded_pointer[prefix.len()..]);
            }
            match prefix.rfind('/') {
                Some(cut) => prefix = &prefix[..cut],
                None => return upgraded_pointer.to_owned(),
            }
        }
    }

    /// Records that `upgraded` (and everything under it) came from `from`, a pointer in the
    /// document as it was when the rule is added (earlier rules are applied to it).
    pub(crate) fn record(&mut self, upgraded: impl Into<String>, from: &str) {
        let original = self.original(from);
        let upgraded = upgraded.into();
        if upgraded != original {
            self.rules.insert(upgraded, original);
        }
    }

    /// Number of rules (for tests and statistics).
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when no pointer moved.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// Upgrades `doc` in place into the OpenAPI 3.0.3 shape. `name` names the description (its entry
/// file's stem): the title of a document that has paths but no `info`.
///
/// # Errors
/// Only when `doc` is not an API description at all: not an object, without an `openapi` or
/// `swagger` field naming a version this generator reads, or a fragment (no `info`, no paths).
pub fn upgrade(doc: &mut Value, name: &str) -> Result<Upgraded, Diagnostic> {
    let version = detect(doc)?;
    let mut fx = fixer::Fixer::new(version == SpecVersion::OpenApi31);
    document::missing_info(doc, name, &mut fx);
    if version == SpecVersion::Swagger2 {
        let source = std::mem::take(doc);
        *doc = swagger::convert(source, &mut fx);
    }
    document::repair(doc, &mut fx);
    let (warnings, pointers) = fx.finish();
    Ok(Upgraded {
        version,
        warnings,
        pointers,
    })
}

/// The version of `doc`, or why it is not an API description.
pub fn detect(doc: &Value) -> Result<SpecVersion, Diagnostic> {
    let hint = "an API description is a JSON or YAML object with `openapi: 3.x.y` or \
                `swagger: \"2.0\"` at the top, plus `info` and `paths`";
    let Value::Object(map) = doc else {
        let what = match doc {
            Value::Array(_) => "an array",
            Value::String(_) => "a string",
            Value::Number(_) => "a number",
            Value::Bool(_) => "a boolean",
            Value::Null => "empty",
            Value::Object(_) => "an object",
        };
        return Err(Diagnostic::error(format!(
            "this is not an API description: the document is {what}, not an object"
        ))
        .at("")
        .hint(hint));
    };
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let has_paths = ["paths", "webhooks"].iter().any(|k| {
        map.get(*k)
            .and_then(Value::as_object)
            .is_some_and(|m| !m.is_empty())
    });
    if (map.contains_key("openapi") || map.contains_key("swagger"))
        && !map.contains_key("info")
        && !has_paths
    {
        return Err(Diagnostic::error(
            "this is a fragment, not a complete API description: it has no `info` and no paths",
        )
        .at("")
        .hint(
            "point the generator at the document that includes this fragment, or add \
             `info: {title: ..., version: ...}` to make it a complete description",
        ));
    }
    if let Some(v) = map.get("openapi") {
        let version = text(v).unwrap_or_default();
        return if version.starts_with("3.0") || version == "3" {
            Ok(SpecVersion::OpenApi30)
        } else if version.starts_with("3.") {
            Ok(SpecVersion::OpenApi31)
        } else {
            Err(
                Diagnostic::error(format!("unsupported OpenAPI version `{v}`"))
                    .at("/openapi")
                    .hint("this generator reads OpenAPI 3.0 and 3.1 and Swagger 2.0"),
            )
        };
    }
    if let Some(v) = map.get("swagger") {
        let version = text(v).unwrap_or_default();
        return if version.starts_with('2') {
            Ok(SpecVersion::Swagger2)
        } else {
            Err(
                Diagnostic::error(format!("unsupported Swagger version `{v}`"))
                    .at("/swagger")
                    .hint("this generator reads Swagger 2.0 and OpenAPI 3.0 and 3.1"),
            )
        };
    }
    let looks_like_paths = map.keys().next().is_some_and(|k| k.starts_with('/'));
    let message = if looks_like_paths {
        "this is not an API description: it has no `openapi` or `swagger` field (it looks like \
         a fragment holding only paths)"
    } else {
        "this is not an API description: it has no `openapi` or `swagger` field"
    };
    Err(Diagnostic::error(message).at("").hint(if looks_like_paths {
        "point the generator at the document that refers to this fragment, or add `openapi`, \
         `info` and `paths` around it"
    } else {
        hint
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_map_longest_prefix() {
        let mut map = PointerMap::default();
        map.record("/components/schemas", "/definitions");
        map.record("/paths/~1a/get/parameters/0", "/paths/~1a/get/parameters/2");
        map.record(
            "/paths/~1a/get/parameters/0/schema",
            "/paths/~1a/get/parameters/2",
        );
        assert_eq!(
            map.original("/components/schemas/Pet/properties/id"),
            "/definitions/Pet/properties/id"
        );
        assert_eq!(
            map.original("/paths/~1a/get/parameters/0/schema/items"),
            "/paths/~1a/get/parameters/2/items"
        );
        assert_eq!(
            map.original("/paths/~1a/get/parameters/0/name"),
            "/paths/~1a/get/parameters/2/name"
        );
        assert_eq!(map.original("/info"), "/info");
        // Composition: a later move inside a moved part maps to the first source.
        map.record("/components/schemas/Pet/allOf/0", "/components/schemas/Pet");
        assert_eq!(
            map.original("/components/schemas/Pet/allOf/0"),
            "/definitions/Pet"
        );
    }

    #[test]
    fn versions() {
        use serde_json::json;
        let info = json!({"title": "t", "version": "1"});
        assert_eq!(
            detect(&json!({"swagger": "2.0", "info": info})).ok(),
            Some(SpecVersion::Swagger2)
        );
        assert_eq!(
            detect(&json!({"openapi": "3.0.1", "info": info})).ok(),
            Some(SpecVersion::OpenApi30)
        );
        assert_eq!(
            detect(&json!({"openapi": 3.0, "info": info})).ok(),
            Some(SpecVersion::OpenApi30)
        );
        assert_eq!(
            detect(&json!({"openapi": "3.1.0", "info": info})).ok(),
            Some(SpecVersion::OpenApi31)
        );
        assert!(detect(&json!([1])).is_err());
        assert!(detect(&json!({"openapi": "4.0", "info": info})).is_err());
        let no_info = detect(&json!({"openapi": "3.0.1", "paths": {}}))
            .err()
            .map(|d| d.message)
            .unwrap_or_default();
        assert!(no_info.contains("no `info`"), "{no_info}");
        // Paths without `info`: an API description missing its title (named in `upgrade`).
        assert_eq!(
            detect(&json!({"swagger": "2.0", "paths": {"/a": {}}})).ok(),
            Some(SpecVersion::Swagger2)
        );
        assert_eq!(
            detect(&json!({"openapi": "3.1.0", "webhooks": {"w": {}}})).ok(),
            Some(SpecVersion::OpenApi31)
        );
        let fragment = detect(&json!({"/pets": {}}))
            .err()
            .map(|d| d.message)
            .unwrap_or_default();
        assert!(fragment.contains("fragment"), "{fragment}");
        assert_eq!(SpecVersion::OpenApi31.to_string(), "OpenAPI 3.1.0");
        assert_eq!(SpecVersion::Swagger2.to_string(), "Swagger 2.0");
    }
}
