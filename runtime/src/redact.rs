//! `Debug` output without secrets: a wrapper printing `[redacted]` (for generated types'
//! credential fields too), and header maps and queries whose credential values are hidden.

use std::fmt;

use http::HeaderMap;

/// Prints `[redacted]` in place of the value it wraps: `Debug` impls use it for fields that
/// hold credentials (a password, a token, an API key).
///
/// ```
/// use cloudsdk_runtime::Redacted;
///
/// struct Login { user: String, password: String }
///
/// impl std::fmt::Debug for Login {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         f.debug_struct("Login")
///             .field("user", &self.user)
///             .field("password", &Redacted(&self.password))
///             .finish()
///     }
/// }
///
/// let login = Login { user: "ada".into(), password: "hunter2".into() };
/// assert_eq!(format!("{login:?}"), r#"Login { user: "ada", password: [redacted] }"#);
/// ```
pub struct Redacted<'a, T: ?Sized>(pub &'a T);

impl<T: ?Sized> fmt::Debug for Redacted<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Parts of a name that mark a header or query parameter as holding a credential.
const CREDENTIAL_HINTS: [&str; 9] = [
    "auth",
    "cookie",
    "token",
    "secret",
    "key",
    "session",
    "password",
    "signature",
    "credential",
];

/// Whether a header or query parameter named `name` may hold a credential (its value is not
/// shown). Errs on the side of hiding: an idempotency key is hidden too.
pub(crate) fn hides(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    CREDENTIAL_HINTS.iter().any(|hint| name.contains(hint))
}

/// Debugs a header map with the values of sensitive or credential-named headers as
/// `[redacted]`.
pub(crate) struct Headers<'a>(pub(crate) &'a HeaderMap);

impl fmt::Debug for Headers<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.0.iter().map(|(name, value)| {
                let hidden = value.is_sensitive() || hides(name.as_str());
                (name, Shown(value, hidden))
            }))
            .finish()
    }
}

/// A value, or `[redacted]` when hidden.
struct Shown<T: fmt::Debug>(T, bool);

impl<T: fmt::Debug> fmt::Debug for Shown<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.1 {
            f.write_str("[redacted]")
        } else {
            self.0.fmt(f)
        }
    }
}

/// Debugs an encoded query (`a=1&api_key=…`) as its pairs, with the values of
/// credential-named parameters as `[redacted]`.
pub(crate) struct Query<'a>(pub(crate) &'a str);

impl fmt::Debug for Query<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pairs = self.0.split('&').filter(|p| !p.is_empty()).map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (name, Shown(value, hides(name)))
        });
        f.debug_map().entries(pairs).finish()
    }
}

/// Replaces every value in `url`'s query by `redacted` (names stay): the URL an HTTP error
/// names may carry a query credential under any name ([`crate::ClientBuilder::sensitive_query`]).
pub(crate) fn query_values(url: &mut url::Url) {
    let Some(query) = url.query() else {
        return;
    };
    let names: Vec<String> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) => format!("{name}=redacted"),
            None => pair.to_owned(),
        })
        .collect();
    url.set_query(Some(&names.join("&")));
}

#[cfg(test)]
mod tests {
    use crate::redact::*;
    use http::HeaderValue;

    #[test]
    fn credential_values_are_hidden_and_others_shown() {
        let mut headers = HeaderMap::new();
        headers.insert("accept", HeaderValue::from_static("application/json"));
        headers.insert("x-api-key", HeaderValue::from_static("k1"));
        headers.insert("set-cookie", HeaderValue::from_static("id=k2"));
        let mut marked = HeaderValue::from_static("k3");
        marked.set_sensitive(true);
        headers.insert("x-custom", marked);
        let shown = format!("{:?}", Headers(&headers));
        assert_eq!(
            shown,
            r#"{"accept": "application/json", "x-api-key": [redacted], "set-cookie": [redacted], "x-custom": [redacted]}"#
        );
        let query = format!("{:?}", Query("page=2&API_KEY=k4&flag"));
        assert_eq!(query, r#"{"page": "2", "API_KEY": [redacted], "flag": ""}"#);
    }

    #[test]
    fn query_values_are_redacted_and_names_kept() {
        let mut url = url::Url::parse("https://h/x?page=2&hapikey=s3cret&flag").expect("url");
        query_values(&mut url);
        assert_eq!(
            url.as_str(),
            "https://h/x?page=redacted&hapikey=redacted&flag"
        );
    }
}
