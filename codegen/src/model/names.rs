//! Rust names for everything the generator emits: every name goes through here, so names never
//! collide and never clash with keywords.

use std::collections::HashSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Rust's strict and reserved keywords (2024 edition), plus names that cannot be raw identifiers.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield", "union",
];

/// Type names a generated type must not take, since generated code refers to them unqualified.
const RESERVED_TYPES: &[&str] = &[
    "Option", "Result", "String", "Vec", "Box", "Value", "Map", "Error", "Client",
];

/// Splits on anything that is not alphanumeric, so that heck sees word boundaries.
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else {
            out.push(' ');
        }
    }
    out
}

/// Keeps only characters Rust identifiers accept (XID), mapping the rest to `_`.
fn identifier_chars(name: String) -> String {
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// `PascalCase` type name for any raw string: `io.k8s.api.core.v1.Pod` → `IoK8sApiCoreV1Pod`.
pub fn type_name(raw: &str) -> String {
    let mut name = identifier_chars(words(raw).to_upper_camel_case());
    if name.is_empty() {
        name = "Unnamed".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("T{name}");
    }
    if KEYWORDS.contains(&name.as_str()) || RESERVED_TYPES.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// `snake_case` value name (field, parameter, method): `clusterId` → `cluster_id`, `type` →
/// `type_`, `2fa` → `n2fa`.
pub fn snake_name(raw: &str) -> String {
    let mut name = identifier_chars(words(raw).to_snake_case());
    if name.is_empty() {
        name = "value".to_owned();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("n{name}");
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// `PascalCase` enum variant name for an enum value: `"in-progress"` → `InProgress`, `"+1"` →
/// `Plus1`, `""` → `Empty`.
pub fn variant_name(raw: &str) -> String {
    let spelled: String = raw
        .chars()
        .map(|c| match c {
            '+' => " plus ".to_owned(),
            '-' if raw.len() > 1 && raw.starts_with('-') => " minus ".to_owned(),
            '*' => " star ".to_owned(),
            '<' => " lt ".to_owned(),
            '>' => " gt ".to_owned(),
            '=' => " eq ".to_owned(),
            '!' => " not ".to_owned(),
            c => c.to_string(),
        })
        .collect();
    if raw.is_empty() {
        return "Empty".to_owned();
    }
    let name = type_name(&spelled);
    if name == "Unnamed" {
        "Value".to_owned()
    } else {
        name
    }
}

/// Hands out names that are unique within one scope, suffixing `2`, `3`, … on collisions.
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    taken: HashSet<String>,
}

impl Namespace {
    /// A scope in which `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Self {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// Takes `wanted`, or the first free `wanted2`, `wanted3`, ….
    pub fn claim(&mut self, wanted: String) -> String {
        if self.taken.insert(wanted.clone()) {
            return wanted;
        }
        let sep = if wanted.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        for n in 2.. {
            let candidate = format!("{wanted}{sep}{n}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
        unreachable!("an unbounded counter always finds a free name")
    }

    /// Whether a name is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_valid_rust() {
        assert_eq!(type_name("io.k8s.api.core.v1.Pod"), "IoK8sApiCoreV1Pod");
        assert_eq!(type_name("Camunda.Cluster::Status"), "CamundaClusterStatus");
        assert_eq!(type_name("2fa-settings"), "T2faSettings");
        assert_eq!(type_name("self"), "Self_");
        assert_eq!(type_name("error"), "Error_");
        assert_eq!(type_name("!!!"), "Unnamed");
        assert_eq!(type_name("Ünïcode name"), "ÜnïcodeName");
        assert_eq!(snake_name("clusterId"), "cluster_id");
        assert_eq!(snake_name("type"), "type_");
        assert_eq!(snake_name("self"), "self_");
        assert_eq!(snake_name("2fa"), "n2fa");
        assert_eq!(snake_name("X-Request-ID"), "x_request_id");
        assert_eq!(snake_name("filter[name]"), "filter_name");
        assert_eq!(variant_name("in-progress"), "InProgress");
        assert_eq!(variant_name("+1"), "Plus1");
        assert_eq!(variant_name("-1"), "Minus1");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("a b::c"), "ABC");
        assert_eq!(variant_name("*"), "Star");
    }

    #[test]
    fn namespace_suffixes_collisions() {
        let mut ns = Namespace::with_reserved(&["Client"]);
        assert_eq!(ns.claim("Pet".into()), "Pet");
        assert_eq!(ns.claim("Pet".into()), "Pet2");
        assert_eq!(ns.claim("Pet".into()), "Pet3");
        assert_eq!(ns.claim("Client".into()), "Client2");
        assert_eq!(ns.claim("V1".into()), "V1");
        assert_eq!(ns.claim("V1".into()), "V1_2");
    }
}
