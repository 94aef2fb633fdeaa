//! Path parameter values read back from the OpenAPI style the client wrote them in (the
//! runtime's `PathStyle`): `simple` as sent, `label` after its leading `.` (`.5`), `matrix`
//! after `;name=` (`;id=5`; a list `;id=3;id=4` or `;id=3,4` reads `3,4`, an exploded object
//! `;a=1;b=2` reads `a=1,b=2`, as the simple style spells them).
//!
//! A generated route declares its label and matrix parameters (`Route::path_styles`), and
//! those are read in exactly that style ([`read`]); a parameter the route does not list is
//! simple. A route declaring none (all simple, or written by hand) leaves the style to be
//! inferred from the text ([`unstyled`]): `;` starts only a matrix value (the client
//! percent-encodes it in the other styles); `.` starts a label value or a simple value
//! beginning with a dot (`.`, unreserved, is sent as it is), so a value read as a label also
//! matches as sent (`Captured::is`).

use cloudsdk_runtime::PathStyle;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

/// What a path segment's value escapes (as the client escapes it): all but RFC 3986
/// unreserved.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The value of the path parameter `name` sent as `raw` (percent-encoded) in the declared
/// `style`, in the simple style's spelling: a label one after its `.` (exploded: its `.`-led
/// items joined by `,`), a matrix one from its `;name=` pairs. `None` when `raw` is not written
/// in that style (the request is not for this route).
pub(crate) fn read(name: &str, raw: &str, style: PathStyle) -> Option<String> {
    match style {
        PathStyle::Label { explode, .. } => {
            let label = raw.strip_prefix('.')?;
            if explode {
                Some(label.split('.').map(decode).collect::<Vec<_>>().join(","))
            } else {
                Some(decode(label))
            }
        }
        PathStyle::Matrix { .. } => from_matrix(name, raw.strip_prefix(';')?),
        _ => Some(decode(raw)),
    }
}

/// `text` with everything but RFC 3986's unreserved characters percent-encoded: a path
/// segment as the client writes it, and OAuth 1.0a's encoding (RFC 5849, 3.6).
pub(crate) fn encode(text: &str) -> String {
    utf8_percent_encode(text, SEGMENT).to_string()
}

/// `value` (one value in the simple style's spelling) written as the path parameter `name` in
/// `style`, percent-encoded as the client encodes it: `5`, `.5`, `;id=5`.
pub(crate) fn write(name: &str, value: &str, style: Option<PathStyle>) -> String {
    match style {
        Some(PathStyle::Label { .. }) => format!(".{}", encode(value)),
        Some(PathStyle::Matrix { .. }) => format!(";{}={}", encode(name), encode(value)),
        _ => encode(value),
    }
}

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
/// extension seldom does), of the style the next one declares when it does (`Some`; a simple
/// one has no mark, so nothing tells where it starts). `None` when no such mark follows the
/// first character.
pub(crate) fn next_styled(rest: &str, next: Option<PathStyle>) -> Option<usize> {
    let first = rest.chars().next()?.len_utf8();
    let matrix = || rest[first..].find(';').map(|i| i + first);
    let label = || rest.rfind('.').filter(|&i| i >= first);
    match next {
        None => matrix().or_else(label),
        Some(PathStyle::Matrix { .. }) => matrix(),
        Some(PathStyle::Label { .. }) => label(),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use cloudsdk_runtime::PathStyle;

    use super::{next_styled, read, unstyled, write};

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
    fn values_are_read_in_exactly_their_declared_style() {
        let read = |raw: &str, style| read("id", raw, style);
        let (label, label_exploded) = (PathStyle::label(false), PathStyle::label(true));
        let (matrix, matrix_exploded) = (PathStyle::matrix(false), PathStyle::matrix(true));
        let simple = PathStyle::simple(false);
        // simple: a leading `.` or `;` is the value's own
        assert_eq!(read(".hidden", simple).as_deref(), Some(".hidden"));
        assert_eq!(read(";id=5", simple).as_deref(), Some(";id=5"));
        assert_eq!(read("3,4", PathStyle::simple(true)).as_deref(), Some("3,4"));
        // label: scalars and lists, exploded or not, objects
        assert_eq!(read(".5", label).as_deref(), Some("5"));
        assert_eq!(read("..hidden", label).as_deref(), Some(".hidden"));
        assert_eq!(read(".3,4", label).as_deref(), Some("3,4"));
        assert_eq!(read(".1.5", label).as_deref(), Some("1.5"));
        assert_eq!(read(".3.4", label_exploded).as_deref(), Some("3,4"));
        assert_eq!(read(".a=1.b=2", label_exploded).as_deref(), Some("a=1,b=2"));
        assert_eq!(read(".a%20b", label_exploded).as_deref(), Some("a b"));
        assert_eq!(read("5", label), None, "no label without its dot");
        // matrix: scalars and lists, exploded or not, objects
        assert_eq!(read(";id=5", matrix).as_deref(), Some("5"));
        assert_eq!(read(";id=.5", matrix).as_deref(), Some(".5"));
        assert_eq!(read(";id=3,4", matrix).as_deref(), Some("3,4"));
        assert_eq!(read(";id=3;id=4", matrix_exploded).as_deref(), Some("3,4"));
        assert_eq!(
            read(";a=1;b=2", matrix_exploded).as_deref(),
            Some("a=1,b=2")
        );
        assert_eq!(read(";id=x%3By", matrix).as_deref(), Some("x;y"));
        assert_eq!(read("5", matrix), None, "no matrix without its `;`");
        assert_eq!(read(".5", matrix), None);
        assert_eq!(read(";5", matrix), None, "no `name=`");
    }

    #[test]
    fn values_are_written_in_their_declared_style_and_read_back() {
        let cases = [
            (None, "a b.c", "a%20b.c"),
            (Some(PathStyle::simple(false)), ";x", "%3Bx"),
            (Some(PathStyle::label(false)), "a b", ".a%20b"),
            (Some(PathStyle::label(true)), "5", ".5"),
            (Some(PathStyle::matrix(false)), "x;y=z", ";id=x%3By%3Dz"),
            (Some(PathStyle::matrix(true)), "5", ";id=5"),
        ];
        for (style, value, want) in cases {
            let written = write("id", value, style);
            assert_eq!(written, want, "{style:?}");
            let back = match style {
                Some(style) => read("id", &written, style),
                None => Some(unstyled("id", &written)),
            };
            assert_eq!(back.as_deref(), Some(value), "{style:?}");
        }
        assert_eq!(
            write("the id", "5", Some(PathStyle::matrix(false))),
            ";the%20id=5"
        );
    }

    #[test]
    fn a_parameter_before_another_ends_where_the_next_ones_style_starts() {
        let infer = |rest: &str| next_styled(rest, None);
        assert_eq!(infer("report.pdf"), Some(6));
        assert_eq!(infer("my.report.pdf"), Some(9));
        assert_eq!(infer("report;id=5"), Some(6));
        assert_eq!(infer(";a=1;b=2"), Some(4));
        assert_eq!(infer("report"), None);
        assert_eq!(infer(".pdf"), None, "the first one would be empty");
        assert_eq!(infer(""), None);
        assert_eq!(infer("é.pdf"), Some(2));
        // declared: only the next one's own mark counts
        let label = Some(PathStyle::label(false));
        let matrix = Some(PathStyle::matrix(false));
        assert_eq!(next_styled("a;b.pdf", label), Some(3));
        assert_eq!(next_styled("a.b;ext=pdf", matrix), Some(3));
        assert_eq!(next_styled("a.b", matrix), None);
        assert_eq!(next_styled("a;b", label), None);
        assert_eq!(next_styled("a.b", Some(PathStyle::simple(false))), None);
    }
}
