//! JSON pointers (RFC 6901): the one place that escapes and unescapes their tokens.

/// Escapes one token: `~` → `~0`, `/` → `~1`.
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Reverses [`escape`]: `~1` → `/`, then `~0` → `~`.
pub fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Appends `token` (escaped) to `pointer`.
pub fn push(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", escape(token))
}

/// The unescaped key of a local reference into one map, e.g. `Pet` for
/// `#/components/schemas/Pet` with prefix `#/components/schemas/`.
pub fn key_under(reference: &str, prefix: &str) -> Option<String> {
    reference.strip_prefix(prefix).map(unescape)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_round_trips_and_orders_replacements() {
        for token in ["a/b", "~1", "~0/", "plain", "~/~"] {
            assert_eq!(unescape(&escape(token)), token);
        }
        assert_eq!(escape("~1"), "~01");
        assert_eq!(unescape("~01"), "~1");
        assert_eq!(push("/paths", "/pets/{id}"), "/paths/~1pets~1{id}");
        assert_eq!(
            key_under("#/components/schemas/a~1b", "#/components/schemas/").as_deref(),
            Some("a/b")
        );
        assert_eq!(key_under("#/definitions/x", "#/components/schemas/"), None);
    }
}
