//! Rust names for everything the generator emits: every name goes through here, so names never
//! collide and never clash with keywords.

use std::collections::HashSet;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use unicode_ident::{is_xid_continue, is_xid_start};
use unicode_normalization::UnicodeNormalization;

/// Rust's strict and reserved keywords (2024 edition), plus names that cannot be raw identifiers.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield", "union",
];

/// True for a Rust keyword (strict or reserved, 2024 edition).
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// The field a struct keeps the properties its schema does not name in (`additionalProperties`);
/// no property takes it.
pub const ADDITIONAL_PROPERTIES: &str = "additional_properties";

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
    /// A websocket stream's keep-alive interval: field and setter.
    pub keepalive_interval: &'static str,
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
    keepalive_interval: "keepalive_interval",
};

impl BuilderNames {
    /// Every name, for a [`Namespace`] of parameter names.
    pub fn all(self) -> [&'static str; 11] {
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
            keepalive_interval,
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
            keepalive_interval,
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
    /// `client.with_options(options)`, a handle whose calls use per-call options.
    pub with_options: &'static str,
    /// `Client::from_env()`, credentials from the environment.
    pub from_env: &'static str,
    /// `Client::builder_from_env(lookup)`, the same as a builder, variables from `lookup`.
    pub builder_from_env: &'static str,
}

/// The client's names.
pub const CLIENT: ClientNames = ClientNames {
    builder: "builder",
    new: "new",
    raw: "raw",
    with_options: "with_options",
    from_env: "from_env",
    builder_from_env: "builder_from_env",
};

impl ClientNames {
    /// Every name, with those kept free besides: `clone` (derived), `from_raw` and `base_url`
    /// (they would read as a constructor and a setting).
    pub fn reserved(self) -> [&'static str; 9] {
        let ClientNames {
            builder,
            new,
            raw,
            with_options,
            from_env,
            builder_from_env,
        } = self;
        [
            builder,
            new,
            raw,
            with_options,
            from_env,
            builder_from_env,
            "clone",
            "from_raw",
            "base_url",
        ]
    }
}

/// Type names sub-client and request builder structs must not take: the client's own, and the
/// prelude items `builders.rs` and `client.rs` print unqualified. (Schemas need no such list:
/// `types.rs` names std and runtime items by full path, so `types::Error`, `types::Option` or a
/// tuple struct `types::Some` hide nothing it uses.)
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

/// Splits on anything a Rust identifier cannot hold (Unicode `XID_Continue`, with `_` as a
/// separator too), so that heck sees word boundaries: `m²` → `m `, `a.b` → `a b`. Composed
/// first, so that heck (which splits on combining marks) keeps `e` + U+0301 as one letter.
fn words(raw: &str) -> String {
    let spaced: String = nfc(raw)
        .chars()
        .map(|c| {
            if c != '_' && is_xid_continue(c) {
                c
            } else {
                ' '
            }
        })
        .collect();
    acronym_plurals(&spaced)
}

/// `text` in Unicode normal form C. ASCII text is in it already: the common case, and the
/// cheap one (names are made for every schema, field and parameter of a spec).
fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.nfc().collect())
    }
}

/// An acronym's plural as one word: `outboundIPs` → `outboundIps`, which heck splits as
/// `outbound_ips` rather than `outbound_i_ps`.
fn acronym_plurals(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut run = 0; // upper-case letters just pushed
    for (i, &c) in chars.iter().enumerate() {
        let plural = c == 's' && run >= 2 && !chars.get(i + 1).is_some_and(|n| n.is_lowercase());
        if plural {
            let at = out
                .char_indices()
                .rev()
                .nth(run - 2)
                .map_or(0, |(at, _)| at);
            let tail = out.split_off(at);
            out.push_str(&tail.to_lowercase());
        }
        out.push(c);
        run = if c.is_uppercase() { run + 1 } else { 0 };
    }
    out
}

/// The name an inline type of field `field` of `owner` is built from, without the words the two
/// share where one ends and the other starts: `OrganisationContact` + `contactType` →
/// `OrganisationContact type`, not `OrganisationContactContactType`.
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

/// An identifier from a cased name, or `None` when nothing is left. rustc reads identifiers in
/// Unicode normal form C, so names are compared (and claimed in a [`Namespace`]) in that form;
/// `lead` goes in front of a name whose first character cannot start one (`1st` → `T1st`).
fn identifier(cased: String, lead: &str) -> Option<String> {
    let name: String = nfc(&cased)
        .chars()
        .filter(|c| is_xid_continue(*c))
        .collect();
    let first = name.chars().next()?;
    if name == "_" {
        return None;
    }
    Some(if is_xid_start(first) || first == '_' {
        name
    } else {
        format!("{lead}{name}")
    })
}

/// Whether `raw` has a character a Rust name can use; when it has none, each function here
/// falls back to a fixed name (`Unnamed`, `value`, `Value`), and the model warns.
pub fn has_name(raw: &str) -> bool {
    identifier(words(raw).to_snake_case(), "n").is_some()
}

/// The warning for a name the spec gives that has nothing to name a Rust item by (see
/// [`has_name`]): what it is, the name as written and the fallback it got.
pub fn fallback_warning(what: &str, raw: &str, fallback: &str) -> String {
    format!(
        "{what} `{}` has no character a Rust name can use; it is named `{fallback}`",
        raw.escape_debug()
    )
}

/// Whether an enum value has a variant name of its own: see [`variant_name`].
pub fn has_variant_name(raw: &str) -> bool {
    raw.is_empty() || has_name(&spell_symbols(raw))
}

/// `PascalCase` type name for any raw string: `io.k8s.api.core.v1.Pod` → `IoK8sApiCoreV1Pod`.
/// Only keywords are escaped: generated code names std and runtime items by full path, so a
/// schema called `Error` or `Option` keeps its name.
pub fn type_name(raw: &str) -> String {
    pascal_name(raw)
}

/// A `PascalCase` name clear of keywords.
fn pascal_name(raw: &str) -> String {
    let mut name =
        identifier(words(raw).to_upper_camel_case(), "T").unwrap_or_else(|| "Unnamed".to_owned());
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// `snake_case` value name (field, parameter, method): `clusterId` → `cluster_id`, `type` →
/// `type_`, `2fa` → `n2fa`.
pub fn snake_name(raw: &str) -> String {
    let mut name =
        identifier(words(raw).to_snake_case(), "n").unwrap_or_else(|| "value".to_owned());
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// The word sequences that, ending a property's `snake_case` name, mark it as holding a
/// credential: `password`, `client_secret`, `access_token`, `api_key`, `authorization`.
const SECRET_WORDS: &[&[&str]] = &[
    &["password"],
    &["passwd"],
    &["passphrase"],
    &["pass"],
    &["secret"],
    &["token"],
    &["authorization"],
    &["api", "key"],
    &["apikey"],
    &["access", "key"],
    &["private", "key"],
    &["secret", "key"],
];

/// Whether a property's name says it holds a credential: its `snake_case` words end with one of
/// `SECRET_WORDS`, after a trailing `value` and the digits ending each word (`secret_value`,
/// `pass2`). Whole words only, and only at the end: `token_type`, `tokens_count`,
/// `password_hint`, `access_key_id` and `secret_name` say something *about* a secret and are
/// not one. A spec marks what this misses with `x-sensitive: true`, and opts out with `false`.
pub fn secret_name(name: &str) -> bool {
    let snake = snake_name(name);
    let mut words: Vec<&str> = snake
        .split('_')
        .map(|w| w.trim_end_matches(|c: char| c.is_ascii_digit()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 1 && words.last() == Some(&"value") {
        words.pop();
    }
    SECRET_WORDS.iter().any(|secret| words.ends_with(secret))
}

/// `SHOUTY_SNAKE_CASE` constant name: `api token base url` → `API_TOKEN_BASE_URL`.
pub fn const_name(raw: &str) -> String {
    identifier(words(raw).to_shouty_snake_case(), "N").unwrap_or_else(|| "VALUE".to_owned())
}

/// An environment variable name a generated example may read: `[A-Z][A-Z0-9_]*`.
pub fn is_env_var(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Symbols an enum value is often made of, spelled out: `+1` → ` plus 1`.
fn spell_symbols(raw: &str) -> String {
    raw.chars()
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
        .collect()
}

/// `PascalCase` enum variant name for an enum value: `"in-progress"` → `InProgress`, `"+1"` →
/// `Plus1`, `""` → `Empty`; `Value` for a value with nothing to name it by (`"🙂"`).
pub fn variant_name(raw: &str) -> String {
    if raw.is_empty() {
        return "Empty".to_owned();
    }
    let spelled = spell_symbols(raw);
    if has_name(&spelled) {
        pascal_name(&spelled)
    } else {
        "Value".to_owned()
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

    /// Takes `wanted`, or the first free `wanted2`, `wanted3`, …; a keyword's `_` makes way for
    /// the number (`Self_` → `Self2`: `Self_2` would not be camel case).
    pub fn claim(&mut self, wanted: String) -> String {
        if self.taken.insert(wanted.clone()) {
            return wanted;
        }
        let stem = wanted
            .strip_suffix('_')
            .filter(|s| !s.is_empty())
            .unwrap_or(&wanted);
        let sep = if stem.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        for n in 2.. {
            let candidate = format!("{stem}{sep}{n}");
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
        assert_eq!(snake_name("outboundIPs"), "outbound_ips");
        assert_eq!(snake_name("userIDs"), "user_ids");
        assert_eq!(snake_name("sizeInMB"), "size_in_mb");
        assert_eq!(type_name("outboundIPs"), "OutboundIps");
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

    /// A Rust identifier as rustc reads it: `XID_Start` (or `_`) then `XID_Continue`, in normal
    /// form C, and not a keyword; `proc_macro2` must take it without panicking.
    fn assert_identifier(name: &str, raw: &str) {
        let mut chars = name.chars();
        let start = chars.next().is_some_and(|c| is_xid_start(c) || c == '_');
        let valid = start
            && chars.all(is_xid_continue)
            && name != "_"
            && name.nfc().eq(name.chars())
            && !KEYWORDS.contains(&name);
        assert!(valid, "{raw:?} → {name:?}");
        let _ = proc_macro2::Ident::new(name, proc_macro2::Span::call_site());
    }

    #[test]
    fn every_character_gives_an_identifier() {
        let chars = (0..0x2_0000u32)
            .chain(0xE_0000..0xE_0080)
            .filter_map(char::from_u32);
        for c in chars {
            for raw in [
                c.to_string(),
                format!("{c}x"),
                format!("x{c}"),
                format!("{c}{c}"),
            ] {
                assert_identifier(&type_name(&raw), &raw);
                assert_identifier(&snake_name(&raw), &raw);
                assert_identifier(&variant_name(&raw), &raw);
            }
        }
    }

    #[test]
    fn names_from_hostile_strings() {
        assert_eq!(type_name("m²"), "M");
        assert_eq!(snake_name("m²"), "m");
        assert_eq!(variant_name("m²"), "M");
        for nothing in ["€", "🙂", "_", "__", "\u{301}", "²"] {
            assert!(!has_name(nothing), "{nothing:?}");
            assert!(!has_variant_name(nothing), "{nothing:?}");
        }
        assert_eq!(type_name("🙂"), "Unnamed");
        assert_eq!(snake_name("€"), "value");
        assert_eq!(variant_name("🙂"), "Value");
        assert!(has_variant_name("") && has_variant_name("+") && !has_name("+"));
        assert_eq!(type_name("1st"), "T1st");
        assert_eq!(snake_name("١٢٣"), "n١٢٣");
        assert_eq!(type_name("Some"), "Some");
        // U+212B ANGSTROM SIGN is U+00C5 in normal form C, as rustc reads identifiers.
        assert_eq!(type_name("\u{212B}"), "\u{C5}");
        assert_eq!(snake_name("e\u{301}t\u{e9}"), "\u{e9}t\u{e9}");
    }

    #[test]
    fn secret_names_by_whole_words_at_the_end() {
        for secret in [
            "password",
            "clientSecret",
            "client_secret",
            "secretValue",
            "access_token",
            "apiKey",
            "api_key",
            "X-API-KEY",
            "private_key",
            "pass2",
            "initial_password",
            "authorization",
            "oauth_token_secret",
        ] {
            assert!(secret_name(secret), "{secret}");
        }
        for not_secret in [
            "token_type",
            "tokens_count",
            "password_hint",
            "password_digest",
            "access_key_id",
            "secret_name",
            "passenger",
            "keyword",
            "key",
            "ssh_key",
            "value",
            "drop_tokens",
        ] {
            assert!(!secret_name(not_secret), "{not_secret}");
        }
    }

    #[test]
    fn environment_variable_names() {
        assert!(is_env_var("CIVO_TOKEN") && is_env_var("A") && is_env_var("A1_B"));
        for bad in ["", "lower", "1ST", "_X", "A-B", "A B", "A\"", "Ä"] {
            assert!(!is_env_var(bad), "{bad:?}");
        }
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
        assert_eq!(ns.claim("Self_".into()), "Self_");
        assert_eq!(ns.claim("Self_".into()), "Self2");
    }
}
