//! What every upgrade step writes to: the warnings (each at a JSON pointer), the pointers that
//! moved, and the policy for OpenAPI 3.1 constructs. Plus the two small repairs every level of a
//! document needs (text fields, `externalDocs`).

use serde_json::{Map, Value, json};

use super::PointerMap;
use crate::diag::{Diagnostic, Kind};
use crate::pointer;

/// The state shared by the Swagger conversion and the repairs.
#[derive(Debug, Default)]
pub(super) struct Fixer {
    warnings: Vec<Diagnostic>,
    pointers: PointerMap,
    /// The document says OpenAPI 3.1: its constructs are expected and converted silently.
    v31: bool,
    /// `components/pathItems` of a 3.1 document, inlined where referenced.
    pub(super) path_items: Map<String, Value>,
}

impl Fixer {
    pub(super) fn new(v31: bool) -> Self {
        Self {
            v31,
            ..Self::default()
        }
    }

    /// The warnings and the pointer map, once every step ran.
    pub(super) fn finish(self) -> (Vec<Diagnostic>, PointerMap) {
        (self.warnings, self.pointers)
    }

    pub(super) fn v31(&self) -> bool {
        self.v31
    }

    pub(super) fn warn(&mut self, kind: Kind, pointer: &str, message: impl Into<String>) {
        self.warnings
            .push(Diagnostic::warning(kind, message).at(pointer));
    }

    pub(super) fn warn_hint(
        &mut self,
        kind: Kind,
        pointer: &str,
        message: impl Into<String>,
        hint: &str,
    ) {
        self.warnings
            .push(Diagnostic::warning(kind, message).at(pointer).hint(hint));
    }

    /// Records that `upgraded` (and everything under it) came from `from`.
    pub(super) fn moved(&mut self, upgraded: impl Into<String>, from: &str) {
        self.pointers.record(upgraded, from);
    }

    /// A 3.1 construct: silent in a 3.1 document, a warning in a 3.0 one.
    pub(super) fn v31_construct(&mut self, pointer: &str, what: &str) {
        if !self.v31 {
            self.warn(
                Kind::Converted,
                pointer,
                format!("{what} is OpenAPI 3.1 (JSON Schema 2020-12): converted to its 3.0 form"),
            );
        }
    }

    /// Replaces a non-string value at `key` (e.g. a `$ref` object where a string belongs).
    pub(super) fn ensure_string(&mut self, obj: &mut Map<String, Value>, key: &str, ptr: &str) {
        let Some(value) = obj.get(key) else { return };
        let text = match value {
            Value::String(_) => return,
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        };
        let p = pointer::push(ptr, key);
        let what = if value.get("$ref").is_some() {
            "a `$ref`"
        } else {
            kind_name(value)
        };
        match text {
            Some(t) => {
                self.warn(
                    Kind::Repaired,
                    &p,
                    format!("`{key}` is {what}, not a string: read as \"{t}\""),
                );
                obj.insert(key.into(), Value::String(t));
            }
            None => {
                self.warn_hint(
                    Kind::Dropped,
                    &p,
                    format!("`{key}` is {what}, not a string: dropped"),
                    "write the text itself here; `$ref` is not allowed in this place",
                );
                obj.remove(key);
            }
        }
    }

    /// `externalDocs` needs a `url`.
    pub(super) fn external_docs(&mut self, docs: &mut Value, ptr: &str) {
        if !docs.get("url").is_some_and(Value::is_string) {
            self.warn(
                Kind::Repaired,
                ptr,
                "`externalDocs` without `url`: read with an empty url",
            );
            if let Value::Object(map) = docs {
                map.insert("url".into(), json!(""));
            } else {
                *docs = json!({ "url": "" });
            }
        }
    }
}

/// "a string", "an object"…: the JSON type of `v`, for messages.
pub(super) fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Table-driven checks of repairs: each case is a fragment, what it becomes, and the warnings
/// (pointer, part of the message) it gives, in order.
#[cfg(test)]
pub(super) mod cases {
    use serde_json::{Map, Value};

    use super::Fixer;

    /// The map of an object fragment.
    pub(crate) fn object(value: &mut Value) -> &mut Map<String, Value> {
        match value {
            Value::Object(map) => map,
            other => panic!("not an object: {other}"),
        }
    }

    pub(crate) struct Case {
        pub(crate) input: Value,
        pub(crate) output: Value,
        pub(crate) warnings: &'static [(&'static str, &'static str)],
    }

    /// Runs `repair` on each case's input (at pointer `/x`) in a 3.0 document and checks the
    /// output and the warnings.
    pub(crate) fn check(cases: Vec<Case>, repair: impl Fn(&mut Value, &mut Fixer)) {
        check_in(false, cases, repair);
    }

    /// As [`check`], in a 3.1 document when `v31` is set.
    pub(crate) fn check_in(v31: bool, cases: Vec<Case>, repair: impl Fn(&mut Value, &mut Fixer)) {
        for case in cases {
            let mut fx = Fixer::new(v31);
            let mut value = case.input.clone();
            repair(&mut value, &mut fx);
            assert_eq!(value, case.output, "output of {}", case.input);
            let (warnings, _) = fx.finish();
            let got: Vec<(String, String)> = warnings
                .iter()
                .map(|w| (w.pointer.clone().unwrap_or_default(), w.message.clone()))
                .collect();
            assert_eq!(
                got.len(),
                case.warnings.len(),
                "warnings of {}: {got:#?}",
                case.input
            );
            for ((pointer, message), (want_pointer, want_part)) in got.iter().zip(case.warnings) {
                assert_eq!(pointer, want_pointer, "{message}");
                assert!(
                    message.contains(want_part),
                    "{message:?} lacks {want_part:?}"
                );
            }
        }
    }

    /// A case: `input` becomes `output` with `warnings`.
    pub(crate) fn case(
        input: Value,
        output: Value,
        warnings: &'static [(&'static str, &'static str)],
    ) -> Case {
        Case {
            input,
            output,
            warnings,
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::cases::{case, check, check_in, object};

    #[test]
    fn text_fields() {
        check(
            vec![
                case(json!({"d": "text"}), json!({"d": "text"}), &[]),
                case(
                    json!({"d": 2}),
                    json!({"d": "2"}),
                    &[("/x/d", "`d` is a number, not a string: read as \"2\"")],
                ),
                case(
                    json!({"d": false}),
                    json!({"d": "false"}),
                    &[("/x/d", "`d` is a boolean, not a string")],
                ),
                case(
                    json!({"d": {"$ref": "#/r"}}),
                    json!({}),
                    &[("/x/d", "`d` is a `$ref`, not a string: dropped")],
                ),
                case(
                    json!({"d": [1]}),
                    json!({}),
                    &[("/x/d", "`d` is an array, not a string: dropped")],
                ),
                case(json!({}), json!({}), &[]),
            ],
            |v, fx| fx.ensure_string(object(v), "d", "/x"),
        );
    }

    #[test]
    fn external_docs() {
        check(
            vec![
                case(json!({"url": "u"}), json!({"url": "u"}), &[]),
                case(
                    json!({"description": "d"}),
                    json!({"description": "d", "url": ""}),
                    &[("/x", "`externalDocs` without `url`")],
                ),
                case(
                    json!("u"),
                    json!({"url": ""}),
                    &[("/x", "read with an empty url")],
                ),
            ],
            |v, fx| fx.external_docs(v, "/x"),
        );
    }

    #[test]
    fn constructs_of_3_1_warn_only_in_3_0() {
        let mark = |v: &mut serde_json::Value, fx: &mut super::Fixer| {
            fx.v31_construct("/x", "`thing`");
            *v = json!(true);
        };
        check(
            vec![case(
                json!(null),
                json!(true),
                &[(
                    "/x",
                    "`thing` is OpenAPI 3.1 (JSON Schema 2020-12): converted to its 3.0 form",
                )],
            )],
            mark,
        );
        check_in(true, vec![case(json!(null), json!(true), &[])], mark);
    }
}
