//! Percent-encoding per RFC 5849 section 3.6 and `application/x-www-form-urlencoded` parsing.

use std::borrow::Cow;

use percent_encoding::percent_decode;
#[cfg(test)]
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};

/// Everything but the unreserved characters `ALPHA / DIGIT / "-" / "." / "_" / "~"` is encoded.
#[cfg(test)]
pub(crate) const OAUTH_ENCODE_SET: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// For each byte, whether it is an unreserved character, `ALPHA / DIGIT / "-" / "." / "_" /
/// "~"`: the only bytes RFC 5849 section 3.6 leaves unencoded. A table lookup is one
/// well-predicted branch per byte where the character-class tests are several.
static UNRESERVED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~');
        b += 1;
    }
    table
};

#[inline]
fn is_unreserved(b: u8) -> bool {
    UNRESERVED[usize::from(b)]
}

/// Appends the encoding of `input` (RFC 5849 section 3.6, upper-case hex) to `out`.
pub(crate) fn push_encoded(out: &mut String, input: &str) {
    let mut rest = input;
    while let Some(start) = rest.bytes().position(|b| !is_unreserved(b)) {
        let end = rest.as_bytes()[start..]
            .iter()
            .position(|&b| is_unreserved(b))
            .map_or(rest.len(), |n| start + n);
        // Both cuts are next to an ASCII byte (or the end), so they are char boundaries.
        out.push_str(&rest[..start]);
        for &b in &rest.as_bytes()[start..end] {
            out.push('%');
            out.push(char::from(HEX_UPPER[usize::from(b >> 4)]));
            out.push(char::from(HEX_UPPER[usize::from(b & 0x0f)]));
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
}

/// Appends the encoding of `input` to `out`, each escape starting with `percent`: `b"%"` for
/// one encoding, `b"%25"` for the encoding of the encoding (the normalized parameters inside
/// the signature base string, RFC 5849 section 3.4.1.1).
pub(crate) fn push_encoded_bytes(out: &mut Vec<u8>, input: &[u8], percent: &[u8]) {
    let mut rest = input;
    while let Some(i) = rest.iter().position(|&b| !is_unreserved(b)) {
        out.extend_from_slice(&rest[..i]);
        push_escape(out, rest[i], percent);
        rest = &rest[i + 1..];
    }
    out.extend_from_slice(rest);
}

#[inline]
fn push_escape(out: &mut Vec<u8>, b: u8, percent: &[u8]) {
    out.extend_from_slice(percent);
    out.extend_from_slice(&[
        HEX_UPPER[usize::from(b >> 4)],
        HEX_UPPER[usize::from(b & 0x0f)],
    ]);
}

/// Decodes one `application/x-www-form-urlencoded` component (as [`form_decode`] does) and
/// appends the encoding of the decoded bytes, as [`push_encoded_bytes`] does, without an
/// intermediate buffer.
pub(crate) fn push_form_component_encoded(out: &mut Vec<u8>, component: &[u8], percent: &[u8]) {
    if !component.iter().any(|&b| b == b'+' || b == b'%') {
        return push_encoded_bytes(out, component, percent);
    }
    let mut i = 0;
    while i < component.len() {
        let decoded = match component[i] {
            b'+' => b' ',
            b'%' => match (
                component.get(i + 1).and_then(|&h| hex_value(h)),
                component.get(i + 2).and_then(|&l| hex_value(l)),
            ) {
                (Some(high), Some(low)) => {
                    i += 2;
                    high << 4 | low
                }
                // An invalid escape stays literal, as `percent_decode` keeps it.
                _ => b'%',
            },
            b => b,
        };
        i += 1;
        if is_unreserved(decoded) {
            out.push(decoded);
        } else {
            push_escape(out, decoded, percent);
        }
    }
}

fn hex_value(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// Percent-encodes a string (as UTF-8), keeping only unreserved characters.
#[cfg(test)]
pub(crate) fn encode_str(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    push_encoded(&mut out, input);
    out
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

    /// The set-based encoder of the `percent-encoding` crate, as a reference.
    fn reference_encode(input: &[u8]) -> String {
        percent_encoding::percent_encode(input, OAUTH_ENCODE_SET).to_string()
    }

    /// Every byte, every pair of bytes, and strings with runs of reserved and multi-byte
    /// characters encode as the `percent-encoding` crate encodes them.
    #[test]
    fn encoders_agree_with_percent_encoding() {
        let mut inputs: Vec<Vec<u8>> = (0..=255u8).map(|b| vec![b]).collect();
        for a in (0..=255u8).step_by(3) {
            for b in (0..=255u8).step_by(5) {
                inputs.push(vec![a, b, b'x']);
            }
        }
        for s in [
            "",
            "plain",
            "a b",
            "☃☃x☃",
            "é-._~",
            "%%%",
            "  x  ",
            "a/b?c=d&e#f",
        ] {
            inputs.push(s.as_bytes().to_vec());
        }
        for input in &inputs {
            let expected = reference_encode(input);
            let mut bytes = Vec::new();
            push_encoded_bytes(&mut bytes, input, b"%");
            assert_eq!(String::from_utf8(bytes).unwrap(), expected, "{input:?}");
            let mut twice = Vec::new();
            push_encoded_bytes(&mut twice, input, b"%25");
            assert_eq!(
                String::from_utf8(twice).unwrap(),
                reference_encode(expected.as_bytes()),
                "{input:?}"
            );
            if let Ok(text) = std::str::from_utf8(input) {
                assert_eq!(encode_str(text), expected, "{input:?}");
            }
        }
    }

    /// Decoding a form component then encoding it, fused, matches `form_decode` followed by
    /// the reference encoder, including invalid and truncated escapes.
    #[test]
    fn fused_form_decode_and_encode() {
        for component in [
            &b""[..],
            b"plain",
            b"a+b",
            b"%41%42%4a%4A",
            b"%zz%",
            b"%4",
            b"%%41",
            b"x%2By%2bz",
            b"%E2%98%83+%e2%98%83",
            b"+++",
            "é+%C3%A9".as_bytes(),
            b"%25%2525",
        ] {
            let expected = reference_encode(&form_decode(component));
            for (percent, want) in [
                (&b"%"[..], expected.clone()),
                (b"%25", reference_encode(expected.as_bytes())),
            ] {
                let mut out = Vec::new();
                push_form_component_encoded(&mut out, component, percent);
                assert_eq!(String::from_utf8(out).unwrap(), want, "{component:?}");
            }
        }
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
