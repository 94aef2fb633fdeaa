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

/// The names a generated request builder gives its own fields and methods. The model names
/// parameters around them (a parameter called `body` becomes `body2`), and the emitter writes
/// them from here, so the two cannot disagree.
#[derive(Debug, Clone, Copy)]
pub struct BuilderNames {
    /// The field holding the client.
    pub client: &'static str,
    /// The request body: field, argument and setter.
    pub body: &'static str,
    /// The setter (and flag) that sends a JSON body as a form.
    pub as_form: &'static str,
    /// Sends the request and decodes the body.
    pub send: &'static str,
    /// Like `send`, with status and headers.
    pub send_with_response: &'static str,
    /// A download's body as chunks.
    pub send_streaming: &'static str,
    /// The items of every page, or the server-sent events.
    pub stream: &'static str,
    /// Opens a websocket stream.
    pub connect: &'static str,
    /// Fills the runtime's request.
    pub prepare: &'static str,
    /// Decodes a response whose success statuses carry different types.
    pub decode: &'static str,
}

/// The request builders' names.
pub const BUILDER: BuilderNames = BuilderNames {
    client: "client",
    body: "body",
    as_form: "as_form",
    send: "send",
    send_with_response: "send_with_response",
    send_streaming: "send_streaming",
    stream: "stream",
    connect: "connect",
    prepare: "prepare",
    decode: "decode",
};

impl BuilderNames {
    /// Every name, for a [`Namespace`] of parameter names.
    pub fn all(self) -> [&'static str; 10] {
        // Destructured without `..`: a new member cannot be left out of the list.
        let BuilderNames {
            client,
            body,
            as_form,
            send,
            send_with_response,
            send_streaming,
            stream,
            connect,
            prepare,
            decode,
        } = self;
        [
            client,
            body,
            as_form,
            send,
            send_with_response,
            send_streaming,
            stream,
            connect,
            prepare,
            decode,
        ]
    }
}

/// The names of the generated `Client`'s own associated functions and methods, which no tag
/// accessor or untagged operation may take.
#[derive(Debug, Clone, Copy)]
pub struct ClientNames {
    /// `Client::builder()`.
    pub builder: &'static str,
    /// `Client::new(auth)`.
    pub new: &'static str,
    /// `client.raw()`, the runtime client.
    pub raw: &'static str,
}

/// The client's names.
pub const CLIENT: ClientNames = ClientNames {
    builder: "builder",
    new: "new",
    raw: "raw",
};

impl ClientNames {
    /// Every name, with those kept free besides: `clone` (derived), `from_raw` and `base_url`
    /// (they would read as a constructor and a setting).
    pub fn reserved(self) -> [&'static str; 6] {
        let ClientNames { builder, new, raw } = self;
        [builder, new, raw, "clone", "from_raw", "base_url"]
    }
}

/// Type names sub-client and request builder structs must not take: the client's own, and the
/// prelude items `builders.rs` and `client.rs` print unqualified. (Schemas need no such list:
/// `types.rs` names std and runtime items by full path, so `types::Error` or `types::Option` is
/// fine.)
pub const CLIENT_TYPES: [&str; 9] = [
    "Client",
    "ClientBuilder",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Into",
    "From",
];

/// The associated function that builds an input struct from its required fields.
pub const CONSTRUCTOR: &str = "new";

/// The chainable setter of an optional field of an input struct: `with_<field>`, without the
/// `_` that escapes a keyword (`type_` → `with_type`), which the prefix makes unnecessary.
pub fn setter_name(field: &str) -> String {
    format!("with_{}", field.trim_end_matches('_'))
}

/// Splits on anything that is not alphanumeric, so that heck sees word boundaries, and reads an
/// acronym's plural as one word (`outboundIPs` → `outbound Ips`, not heck's `i_ps`).
fn words(raw: &str) -> String {
    let chars: Vec<char> = raw.chars().collect();
    let mut out = String::with_capacity(raw.len() + 2);
    let mut run = 0; // upper-case letters just pushed
    for (i, &c) in chars.iter().enumerate() {
        let plural_s = c == 's' && run >= 2 && !chars.get(i + 1).is_some_and(|n| n.is_lowercase());
        if plural_s {
            // `IPs`: lower the acronym's tail so heck sees one word.
            let tail: String = out.drain(out.len() - (run - 1)..).collect();
            out.push_str(&tail.to_lowercase());
        }
        if c.is_alphanumeric() {
            out.push(c);
        } else {
            out.push(' ');
        }
        run = if c.is_uppercase() { run + 1 } else { 0 };
    }
    out
}

/// The name an inline type of field `field` of `owner` is built from, without the words the two
/// share where one ends and the other starts: `OrganisationContact` + `contactType` →
/// `OrganisationContact Type`, not `OrganisationContactContactType`.
pub fn field_hint(owner: &str, field: &str) -> String {
    let owner_words = split_words(owner);
    let field_words = split_words(field);
    let shared = (1..field_words.len())
        .rev()
        .find(|&k| {
            owner_words.len() >= k && owner_words[owner_words.len() - k..] == field_words[..k]
        })
        .unwrap_or(0);
    format!("{owner} {}", field_words[shared..].join(" "))
}

/// The lower-cased words of a name, as heck splits them.
fn split_words(raw: &str) -> Vec<String> {
    words(raw)
        .to_snake_case()
        .split('_')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
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
    if KEYWORDS.contains(&name.as_str()) {
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
        assert_eq!(
            type_name("error"),
            "Error",
            "types.rs names std items by full path"
        );
        assert_eq!(type_name("Option"), "Option");
        assert_eq!(type_name("!!!"), "Unnamed");
        assert_eq!(type_name("Ünïcode name"), "ÜnïcodeName");
        assert_eq!(snake_name("clusterId"), "cluster_id");
        assert_eq!(snake_name("type"), "type_");
        assert_eq!(snake_name("self"), "self_");
        assert_eq!(snake_name("2fa"), "n2fa");
        assert_eq!(snake_name("X-Request-ID"), "x_request_id");
        assert_eq!(snake_name("filter[name]"), "filter_name");
        assert_eq!(snake_name("outboundIPs"), "outbound_ips");
        assert_eq!(snake_name("userIDs"), "user_ids");
        assert_eq!(snake_name("sizeInMB"), "size_in_mb");
        assert_eq!(type_name("outboundIPs"), "OutboundIps");
        assert_eq!(variant_name("in-progress"), "InProgress");
        assert_eq!(variant_name("+1"), "Plus1");
        assert_eq!(variant_name("-1"), "Minus1");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("a b::c"), "ABC");
        assert_eq!(variant_name("*"), "Star");
    }

    #[test]
    fn field_hints_drop_the_words_owner_and_field_share() {
        assert_eq!(
            field_hint("OrganisationContact", "contactType"),
            "OrganisationContact type"
        );
        assert_eq!(
            field_hint("WebsocketAuthMessage", "message_type"),
            "WebsocketAuthMessage type"
        );
        assert_eq!(
            field_hint("AuthMessage", "authMessageKind"),
            "AuthMessage kind"
        );
        assert_eq!(field_hint("Dog", "tricks"), "Dog tricks");
        // A field that is only the owner's last word keeps it: the name stays distinct.
        assert_eq!(field_hint("Dog", "dog"), "Dog dog");
        assert_eq!(
            type_name(&field_hint("Dog", "2fa-settings")),
            "Dog2faSettings"
        );
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
