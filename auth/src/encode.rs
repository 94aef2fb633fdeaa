//! Percent-encoding per RFC 5849 section 3.6 and `application/x-www-form-urlencoded` parsing.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode, utf8_percent_encode};

/// Everything but the unreserved characters `ALPHA / DIGIT / "-" / "." / "_" / "~"` is encoded.
pub(crate) const OAUTH_ENCODE_SET: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes bytes with upper-case hex digits, keeping only unreserved characters;
/// borrows when there is nothing to encode.
pub(crate) fn encode_bytes(input: Cow<'_, [u8]>) -> Cow<'_, str> {
    match input {
        Cow::Borrowed(bytes) => percent_encoding::percent_encode(bytes, OAUTH_ENCODE_SET).into(),
        Cow::Owned(bytes) => {
            Cow::Owned(percent_encoding::percent_encode(&bytes, OAUTH_ENCODE_SET).to_string())
        }
    }
}

/// Appends the encoding of `input` to `out` without an intermediate string.
pub(crate) fn push_encoded(out: &mut String, input: &str) {
    out.extend(utf8_percent_encode(input, OAUTH_ENCODE_SET));
}

/// Appends the encoding of an already encoded string (only unreserved characters and `%XX`):
/// the only character that changes is `%`, which becomes `%25`.
pub(crate) fn push_reencoded(out: &mut String, encoded: &str) {
    let mut pieces = encoded.split('%');
    if let Some(first) = pieces.next() {
        out.push_str(first);
    }
    for piece in pieces {
        out.push_str("%25");
        out.push_str(piece);
    }
}

/// Percent-encodes a string (as UTF-8), keeping only unreserved characters.
pub(crate) fn encode_str(input: &str) -> String {
    utf8_percent_encode(input, OAUTH_ENCODE_SET).to_string()
}

/// Decodes one `application/x-www-form-urlencoded` component: `+` is a space, `%XX` a byte.
/// Invalid escapes are kept literally, as browsers and most servers do.
pub(crate) fn form_decode(input: &[u8]) -> Cow<'_, [u8]> {
    if !input.iter().any(|&b| b == b'+' || b == b'%') {
        return Cow::Borrowed(input);
    }
    let plus_as_space: Vec<u8> = input
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    Cow::Owned(percent_decode(&plus_as_space).collect())
}

/// Splits an `application/x-www-form-urlencoded` string into decoded name/value pairs.
/// Repeated names are kept, empty segments (`a=1&&b=2`) skipped, a segment without `=` is a name
/// with an empty value.
pub(crate) fn parse_form(input: &[u8]) -> impl Iterator<Item = (Cow<'_, [u8]>, Cow<'_, [u8]>)> {
    input
        .split(|&b| b == b'&')
        .filter(|segment| !segment.is_empty())
        .map(|segment| {
            let (name, value) = match segment.iter().position(|&b| b == b'=') {
                Some(i) => (&segment[..i], &segment[i + 1..]),
                None => (segment, &b""[..]),
            };
            (form_decode(name), form_decode(value))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_everything_but_unreserved() {
        assert_eq!(encode_str("Ladies + Gentlemen"), "Ladies%20%2B%20Gentlemen");
        assert_eq!(encode_str("An encoded string!"), "An%20encoded%20string%21");
        assert_eq!(
            encode_str("Dogs, Cats & Mice"),
            "Dogs%2C%20Cats%20%26%20Mice"
        );
        assert_eq!(encode_str("☃"), "%E2%98%83");
        assert_eq!(encode_str("-._~aZ09"), "-._~aZ09");
        assert_eq!(
            encode_str("*'()/?#[]@$"),
            "%2A%27%28%29%2F%3F%23%5B%5D%40%24"
        );
    }

    #[test]
    fn reencodes_and_borrows() {
        let mut out = String::new();
        push_reencoded(&mut out, "a%20b%2F-c");
        assert_eq!(out, "a%2520b%252F-c");
        assert!(matches!(
            encode_bytes(Cow::Borrowed(b"plain-~")),
            Cow::Borrowed("plain-~")
        ));
        assert_eq!(encode_bytes(Cow::Borrowed("é".as_bytes())), "%C3%A9");
    }

    #[test]
    fn parses_forms() {
        let pairs: Vec<(Vec<u8>, Vec<u8>)> = parse_form(b"a=1&&b&c=x+y%2Bz&a=&%E2%98%83=%zz")
            .map(|(n, v)| (n.into_owned(), v.into_owned()))
            .collect();
        let expect: Vec<(Vec<u8>, Vec<u8>)> = vec![
            (b"a".to_vec(), b"1".to_vec()),
            (b"b".to_vec(), b"".to_vec()),
            (b"c".to_vec(), b"x y+z".to_vec()),
            (b"a".to_vec(), b"".to_vec()),
            ("☃".as_bytes().to_vec(), b"%zz".to_vec()),
        ];
        assert_eq!(pairs, expect);
    }
}
