//! Path parameters: a value written in its OpenAPI style (`simple`, `label`, `matrix`, each
//! exploded or not) and percent-encoded into the `{name}` placeholder of a path template.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde_json::Value;

use super::scalar;

/// Characters left as they are in a path segment: RFC 3986 unreserved. The styles' delimiters
/// (`,` `.` `;` `=`) in a value are encoded, except `.`, which is unreserved.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// [`SEGMENT`] with `/` left as it is, for values that span segments.
const SEGMENT_KEEPING_SLASH: &AsciiSet = &SEGMENT.remove(b'/');

/// How a path parameter is written (OpenAPI `style` and `explode`), shown for the parameter `id`
/// holding `5`, `[3, 4]` and `{"a": 1, "b": 2}`. Built with [`PathStyle::simple`],
/// [`PathStyle::label`] and [`PathStyle::matrix`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PathStyle {
    /// `simple` (the default): `5`, `3,4`, `a,1,b,2` (exploded: `a=1,b=2`).
    #[non_exhaustive]
    Simple {
        /// OpenAPI `explode`.
        explode: bool,
    },
    /// `label`: `.5`, `.3,4` (exploded: `.3.4`), `.a,1,b,2` (exploded: `.a=1.b=2`).
    #[non_exhaustive]
    Label {
        /// OpenAPI `explode`.
        explode: bool,
    },
    /// `matrix`: `;id=5`, `;id=3,4` (exploded: `;id=3;id=4`), `;id=a,1,b,2` (exploded:
    /// `;a=1;b=2`).
    #[non_exhaustive]
    Matrix {
        /// OpenAPI `explode`.
        explode: bool,
    },
}

impl PathStyle {
    /// The `simple` style, exploded or not.
    pub const fn simple(explode: bool) -> Self {
        Self::Simple { explode }
    }

    /// The `label` style, exploded or not.
    pub const fn label(explode: bool) -> Self {
        Self::Label { explode }
    }

    /// The `matrix` style, exploded or not.
    pub const fn matrix(explode: bool) -> Self {
        Self::Matrix { explode }
    }
}

/// Fills `{name}` in `path` (and `signing`) with `value` written in `style` and encoded as one
/// segment (`reserved`: `/` kept, the value may span segments); `None` removes the whole
/// `/{name}` segment. A value that would make an empty, `.` or `..` segment is refused: the URL
/// would address another endpoint (URL parsing resolves dot segments, encoded or not).
pub(crate) fn fill_path(
    path: &mut String,
    signing: Option<&mut String>,
    name: &str,
    value: &impl Serialize,
    reserved: bool,
    style: PathStyle,
) -> Result<(), String> {
    let value = serde_json::to_value(value).map_err(|e| format!("path parameter `{name}`: {e}"))?;
    let encoded = styled(name, &value, style, reserved)?;
    if let Some(text) = &encoded {
        check_segments(name, text, reserved)?;
    }
    let placeholder = format!("{{{name}}}");
    let (from, to) = match encoded {
        Some(text) => (placeholder, text),
        None => (format!("/{placeholder}"), String::new()),
    };
    *path = path.replace(&from, &to);
    if let Some(signing) = signing {
        *signing = signing.replace(&from, &to);
    }
    Ok(())
}

/// `value` written in `style`, its names and values percent-encoded; `None` for `null`.
fn styled(
    name: &str,
    value: &Value,
    style: PathStyle,
    reserved: bool,
) -> Result<Option<String>, String> {
    let set = if reserved {
        SEGMENT_KEEPING_SLASH
    } else {
        SEGMENT
    };
    let encode = |text: &str| utf8_percent_encode(text, set).to_string();
    let one = |v: &Value| {
        scalar(v).map(|s| encode(&s)).ok_or_else(|| {
            format!("path parameter `{name}` must be a single value, a list of them or an object of them")
        })
    };
    let name = encode(name);
    let text = match value {
        Value::Null => return Ok(None),
        Value::Array(items) => {
            let items = items.iter().map(one).collect::<Result<Vec<_>, _>>()?;
            list(&name, &items, style)
        }
        Value::Object(map) => {
            let mut pairs = Vec::with_capacity(map.len());
            for (k, v) in map.iter().filter(|(_, v)| !v.is_null()) {
                pairs.push((encode(k), one(v)?));
            }
            object(&name, &pairs, style)
        }
        scalar_value => {
            let text = one(scalar_value)?;
            match style {
                PathStyle::Simple { .. } => text,
                PathStyle::Label { .. } => format!(".{text}"),
                PathStyle::Matrix { .. } => format!(";{name}={text}"),
            }
        }
    };
    Ok(Some(text))
}

/// A list's items (already encoded) in `style`.
fn list(name: &str, items: &[String], style: PathStyle) -> String {
    match style {
        PathStyle::Simple { .. } => items.join(","),
        PathStyle::Label { explode: false } => format!(".{}", items.join(",")),
        PathStyle::Label { explode: true } => items.iter().map(|i| format!(".{i}")).collect(),
        PathStyle::Matrix { explode: false } => format!(";{name}={}", items.join(",")),
        PathStyle::Matrix { explode: true } => {
            items.iter().map(|i| format!(";{name}={i}")).collect()
        }
    }
}

/// An object's (key, value) pairs (already encoded) in `style`.
fn object(name: &str, pairs: &[(String, String)], style: PathStyle) -> String {
    let flat = || {
        pairs
            .iter()
            .flat_map(|(k, v)| [k.as_str(), v.as_str()])
            .collect::<Vec<_>>()
            .join(",")
    };
    let assigned = |separator: &str, lead: &str| -> String {
        pairs
            .iter()
            .map(|(k, v)| format!("{lead}{k}={v}"))
            .collect::<Vec<_>>()
            .join(separator)
    };
    match style {
        PathStyle::Simple { explode: false } => flat(),
        PathStyle::Simple { explode: true } => assigned(",", ""),
        PathStyle::Label { explode: false } => format!(".{}", flat()),
        PathStyle::Label { explode: true } => assigned("", "."),
        PathStyle::Matrix { explode: false } => format!(";{name}={}", flat()),
        PathStyle::Matrix { explode: true } => assigned("", ";"),
    }
}

/// Refuses an encoded path value with a segment that is empty, `.` or `..` (with `reserved`,
/// each `/`-separated piece is a segment).
fn check_segments(name: &str, text: &str, reserved: bool) -> Result<(), String> {
    let refused = |segment: &&str| matches!(*segment, "" | "." | "..");
    let found = if reserved {
        text.split('/').find(refused)
    } else {
        Some(text).filter(refused)
    };
    match found {
        None => Ok(()),
        Some("") => Err(format!(
            "path parameter `{name}` is empty or has an empty segment, so the URL would \
             address another endpoint; give a value"
        )),
        Some(dots) => Err(format!(
            "path parameter `{name}` has the segment `{dots}`, which would address another \
             endpoint; a path value cannot be `.` or `..`"
        )),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::{PathStyle, fill_path};

    fn fill(value: Value, style: PathStyle) -> Result<String, String> {
        let mut path = "/x/{id}".to_owned();
        fill_path(&mut path, None, "id", &value, false, style)?;
        Ok(path.trim_start_matches("/x/").to_owned())
    }

    /// OpenAPI 3.0's table of style examples (`color` renamed `id`), keys sorted.
    #[test]
    fn every_style_as_openapi_tabulates_it() {
        let (one, list, obj) = (
            json!("blue"),
            json!(["blue", "black"]),
            json!({"G": 200, "R": 100}),
        );
        let cases = [
            (
                PathStyle::simple(false),
                ["blue", "blue,black", "G,200,R,100"],
            ),
            (
                PathStyle::simple(true),
                ["blue", "blue,black", "G=200,R=100"],
            ),
            (
                PathStyle::label(false),
                [".blue", ".blue,black", ".G,200,R,100"],
            ),
            (
                PathStyle::label(true),
                [".blue", ".blue.black", ".G=200.R=100"],
            ),
            (
                PathStyle::matrix(false),
                [";id=blue", ";id=blue,black", ";id=G,200,R,100"],
            ),
            (
                PathStyle::matrix(true),
                [";id=blue", ";id=blue;id=black", ";G=200;R=100"],
            ),
        ];
        for (style, want) in cases {
            let got = [&one, &list, &obj].map(|v| fill(v.clone(), style).expect("encodes"));
            assert_eq!(got, want, "{style:?}");
        }
    }

    #[test]
    fn delimiters_in_values_are_encoded_and_dot_segments_refused() {
        assert_eq!(
            fill(json!("a,b;c=d"), PathStyle::matrix(false)).unwrap(),
            ";id=a%2Cb%3Bc%3Dd"
        );
        assert_eq!(
            fill(json!(["a b"]), PathStyle::label(true)).unwrap(),
            ".a%20b"
        );
        assert_eq!(
            fill(json!({"k": null, "j": 1}), PathStyle::simple(true)).unwrap(),
            "j=1"
        );
        for (value, style) in [
            (json!(""), PathStyle::label(false)),
            (json!("."), PathStyle::label(true)),
        ] {
            let error = fill(value, style).unwrap_err();
            assert!(
                error.contains("`id`") && error.contains("another endpoint"),
                "{error}"
            );
        }
        let nested = fill(json!([[1]]), PathStyle::simple(false)).unwrap_err();
        assert!(nested.contains("single value"), "{nested}");
    }
}
