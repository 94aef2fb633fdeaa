//! Percent-encoding per RFC 5849 section 3.6 and `application/x-www-form-urlencoded` parsing.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode, utf8_percent_encode};

/// Everything but the unreserved characters `ALPHA / DIGIT / "-" / "." / "_" / "~"` is encoded.
pub(crate) const OAUTH_ENCODE_SET: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes bytes with upper-case hex digits, keeping only unreserved characters.
pub(crate) fn encode_bytes(input: &[u8]) -> String {
    percent_encoding::percent_encode(input, OAUTH_ENCODE_SET).to_string()
}

/// Percent-encodes a string (as UTF-8), keeping only unreserved characters.
pub(crate) fn encode_str(input: &str) -> String {
    utf8_percent_encode(input, OAUTH_ENCODE_SET).to_string()
}

/// Decodes one `application/x-www-form-urlencoded` component: `+` is a space, `%XX` a byte.
/// Invalid escapes are kept literally, as browsers and most servers do.
pub(crate) fn form_decode(input: &[u8]) -> Vec<u8> {
    let plus_as_space: Vec<u8> = input
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    percent_decode(&plus_as_space).collect()
}

/// Splits an `application/x-www-form-urlencoded` string into decoded name/value pairs.
/// Repeated names are kept, empty segments (`a=1&&b=2`) skipped, a segment without `=` is a name
/// with an empty value.
pub(crate) fn parse_form(input: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
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
        .collect()
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
    fn parses_forms() {
        let pairs = parse_form(b"a=1&&b&c=x+y%2Bz&a=&%E2%98%83=%zz");
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
