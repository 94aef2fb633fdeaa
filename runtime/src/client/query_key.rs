//! Credentials the client sends in the query string of every request (an API key as
//! `?api_key=…`, OpenAPI's `apiKey` scheme `in: query`): put on the URL of each attempt,
//! replacing a parameter of the same name (a next-page link that echoes the key back), and
//! never shown in `Debug`.

use std::fmt;

use url::Url;
use url::form_urlencoded;

/// Query parameters that carry a credential, in the order they were set.
#[derive(Clone, Default)]
pub(crate) struct QueryCredentials(Vec<(String, String)>);

impl QueryCredentials {
    /// Sets `name` to `value`, replacing an earlier value of that name.
    pub(crate) fn set(&mut self, name: &str, value: &str) {
        self.0.retain(|(n, _)| n != name);
        self.0.push((name.to_owned(), value.to_owned()));
    }

    /// The name of the first credential, when there is one (for an error message).
    pub(crate) fn first_name(&self) -> Option<&str> {
        self.0.first().map(|(name, _)| name.as_str())
    }

    /// Puts the credentials on `url`'s query: parameters of the same names already there are
    /// dropped, the others are kept byte for byte (a signature over them stays valid).
    pub(crate) fn apply(&self, url: &mut Url) {
        if self.0.is_empty() {
            return;
        }
        let mut query = String::new();
        for pair in url.query().unwrap_or("").split('&') {
            if pair.is_empty() || self.holds(pair) {
                continue;
            }
            query.push_str(pair);
            query.push('&');
        }
        let start = query.len();
        let mut encoder = form_urlencoded::Serializer::for_suffix(query, start);
        for (name, value) in &self.0 {
            encoder.append_pair(name, value);
        }
        url.set_query(Some(&encoder.finish()));
    }

    /// Whether an encoded `name=value` pair is one of the credentials.
    fn holds(&self, pair: &str) -> bool {
        form_urlencoded::parse(pair.as_bytes())
            .next()
            .is_some_and(|(name, _)| self.0.iter().any(|(n, _)| *n == name))
    }
}

impl fmt::Debug for QueryCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.0.iter().map(|(name, _)| (name, crate::Redacted(&()))))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use crate::client::query_key::*;

    fn key(name: &str, value: &str) -> QueryCredentials {
        let mut credentials = QueryCredentials::default();
        credentials.set(name, value);
        credentials
    }

    #[test]
    fn the_key_is_appended_and_replaces_an_echoed_one() {
        let credentials = key("api_key", "s3 cr&t");
        let mut url = Url::parse("https://api.example.com/v1/x?page=2&q=a%20b").expect("url");
        credentials.apply(&mut url);
        assert_eq!(url.query(), Some("page=2&q=a%20b&api_key=s3+cr%26t"));
        let mut echoed =
            Url::parse("https://api.example.com/v1/x?api_key=s3+cr%26t&page=3").expect("url");
        credentials.apply(&mut echoed);
        assert_eq!(echoed.query(), Some("page=3&api_key=s3+cr%26t"));
        let mut bare = Url::parse("https://api.example.com/v1/x").expect("url");
        credentials.apply(&mut bare);
        assert_eq!(bare.query(), Some("api_key=s3+cr%26t"));
    }

    #[test]
    fn setting_a_name_again_replaces_its_value_and_debug_hides_it() {
        let mut credentials = key("key", "first");
        credentials.set("key", "second");
        let mut url = Url::parse("https://api.example.com/").expect("url");
        credentials.apply(&mut url);
        assert_eq!(url.query(), Some("key=second"));
        let shown = format!("{credentials:?}");
        assert_eq!(shown, r#"{"key": [redacted]}"#);
        assert!(QueryCredentials::default().first_name().is_none());
    }
}
