//! Path parameter values read back from the OpenAPI style the client wrote them in (the
//! runtime's `PathStyle`): `simple` as sent, `label` after its leading `.` (`.5`), `matrix`
//! after `;name=` (`;id=5`; a list `;id=3;id=4` or `;id=3,4` reads `3,4`, an exploded object
//! `;a=1;b=2` reads `a=1,b=2`, as the simple style spells them).
//!
//! A request does not say which style its spec declares, so the style is read from the text.
//! `;` starts only a matrix value: the client percent-encodes it in the other styles. `.`
//! starts a label value or a simple value beginning with a dot (`.`, unreserved, is sent as it
//! is), so a value read as a label also matches as sent (`Captured::is`).

use percent_encoding::percent_decode_str;

/// Percent-decoded text.
pub(crate) fn decode(raw: &str) -> String {
    percent_decode_str(raw).decode_utf8_lossy().into_owned()
}

/// The value of the path parameter `name` sent as `raw` (percent-encoded), in the simple
/// style's spelling.
pub(crate) fn unstyled(name: &str, raw: &str) -> String {
    if let Some(label) = raw.strip_prefix('.') {
        return decode(label);
    }
    match raw.strip_prefix(';') {
        Some(matrix) => from_matrix(name, matrix).unwrap_or_else(|| decode(raw)),
        None => decode(raw),
    }
}

/// A matrix value's `name=value` pairs (its leading `;` removed): the values when every pair
/// names the parameter, else the pairs themselves (an exploded object), joined by `,`.
/// `None` when a pair has no `=`.
fn from_matrix(name: &str, matrix: &str) -> Option<String> {
    let pairs: Vec<(String, String)> = matrix
        .split(';')
        .map(|pair| {
            let (key, value) = pair.split_once('=')?;
            Some((decode(key), decode(value)))
        })
        .collect::<Option<_>>()?;
    let items: Vec<String> = if pairs.iter().all(|(key, _)| key == name) {
        pairs.into_iter().map(|(_, value)| value).collect()
    } else {
        pairs
            .into_iter()
            .map(|(key, value)| format!("{key}={value}"))
            .collect()
    };
    Some(items.join(","))
}

/// Where a parameter followed at once by another one (`{name}{ext}`) ends in `rest`: where
/// the next one's matrix `;` or label `.` starts (the last `.`: a name may hold dots, an
/// extension seldom does). `None` when neither follows the first character.
pub(crate) fn next_styled(rest: &str) -> Option<usize> {
    let first = rest.chars().next()?.len_utf8();
    let matrix = rest[first..].find(';').map(|i| i + first);
    matrix.or_else(|| rest.rfind('.').filter(|&i| i >= first))
}

#[cfg(test)]
mod tests {
    use super::{next_styled, unstyled};

    #[test]
    fn values_are_read_back_from_each_style() {
        let read = |raw: &str| unstyled("id", raw);
        // simple
        assert_eq!(read("5"), "5");
        assert_eq!(read("3,4"), "3,4");
        assert_eq!(read("a%20b"), "a b");
        // label, exploded or not
        assert_eq!(read(".5"), "5");
        assert_eq!(read(".3,4"), "3,4");
        assert_eq!(read(".a%2Cb"), "a,b");
        // matrix: scalars, lists exploded or not, objects exploded or not
        assert_eq!(read(";id=5"), "5");
        assert_eq!(read(";id="), "");
        assert_eq!(read(";id=3,4"), "3,4");
        assert_eq!(read(";id=3;id=4"), "3,4");
        assert_eq!(read(";id=a,1,b,2"), "a,1,b,2");
        assert_eq!(read(";a=1;b=2"), "a=1,b=2");
        assert_eq!(read(";id=x%3By%3Dz"), "x;y=z");
        assert_eq!(unstyled("the id", ";the%20id=5"), "5");
        // not matrix after all: kept as sent
        assert_eq!(read(";5"), ";5");
    }

    #[test]
    fn a_parameter_before_another_ends_where_the_next_ones_style_starts() {
        assert_eq!(next_styled("report.pdf"), Some(6));
        assert_eq!(next_styled("my.report.pdf"), Some(9));
        assert_eq!(next_styled("report;id=5"), Some(6));
        assert_eq!(next_styled(";a=1;b=2"), Some(4));
        assert_eq!(next_styled("report"), None);
        assert_eq!(next_styled(".pdf"), None, "the first one would be empty");
        assert_eq!(next_styled(""), None);
        assert_eq!(next_styled("é.pdf"), Some(2));
    }
}
