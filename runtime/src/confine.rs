//! Where requests and credentials may go. Every URL a request is sent to has the base URL's
//! origin; a signing URL is moved to the origin it is sent to; redirects are followed only on
//! the origin they start from; credentials the client holds itself (sensitive default headers)
//! travel encrypted or to this machine, unless the user opted in.
//!
//! Pure decisions on URLs and headers; the callers turn a refusal into their error.

use http::{HeaderMap, HeaderName};
use url::Url;

/// Redirects followed in a row before giving up (reqwest's default).
const MAX_REDIRECTS: usize = 10;

/// `url` when it is on `base`'s origin and under its path, else why not (for an error message
/// that names the request).
pub(crate) fn within_base(base: &Url, url: &Url) -> Result<(), String> {
    if url.origin() != base.origin() {
        return Err(format!(
            "the URL would go to {}, not to the base URL's origin {}; a parameter or an answer \
             tried to send the request elsewhere",
            url.origin().ascii_serialization(),
            base.origin().ascii_serialization()
        ));
    }
    let prefix = base.path().trim_end_matches('/');
    let path = url.path();
    let under = path == prefix
        || path
            .strip_prefix(prefix)
            .is_some_and(|r| r.starts_with('/'));
    if !under {
        return Err(format!(
            "the URL path `{path}` is not under the base URL's path `{prefix}`"
        ));
    }
    Ok(())
}

/// Moves `signing` to `onto`'s origin (scheme, host and port), keeping its path and query, so
/// a signature is only ever valid where it is sent. A websocket origin gives its HTTP scheme
/// (`ws` → `http`, `wss` → `https`), as signed URLs are HTTP URLs.
pub(crate) fn rebase(signing: &mut Url, onto: &Url) -> Result<(), String> {
    let scheme = match onto.scheme() {
        "ws" => "http",
        "wss" => "https",
        other => other,
    };
    let moved = signing
        .set_scheme(scheme)
        .and_then(|()| signing.set_host(onto.host_str()).map_err(|_| ()))
        .and_then(|()| signing.set_port(onto.port()));
    moved.map_err(|()| format!("the signing URL `{signing}` cannot move to {onto}"))
}

/// The redirect policy of the client the runtime builds: a redirect is followed when it stays
/// on the origin of the request that started it, at most ten in a row; any other is handed
/// back as the answer (a 3xx error keeping status, `Location` and body), so no header (the
/// authenticator's, the default ones) ever reaches another origin.
pub(crate) fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if !same_origin {
            attempt.stop()
        } else if attempt.previous().len() > MAX_REDIRECTS {
            attempt.error(format!("more than {MAX_REDIRECTS} redirects in a row"))
        } else {
            attempt.follow()
        }
    })
}

/// Whether `headers` may travel to `url`: when one of them is sensitive (a credential), only
/// over `https://` or `wss://`, or to a loopback host, unless `allow_insecure`.
pub(crate) fn credentials_allowed(
    url: &Url,
    headers: &HeaderMap,
    allow_insecure: bool,
) -> Result<(), String> {
    match first_sensitive(headers) {
        Some(name) => secret_allowed(url, &format!("default header `{name}`"), allow_insecure),
        None => Ok(()),
    }
}

/// Whether the query credential named `name` (when there is one) may travel to `url`, by the
/// rule of [`credentials_allowed`].
pub(crate) fn query_credential_allowed(
    url: &Url,
    name: Option<&str>,
    allow_insecure: bool,
) -> Result<(), String> {
    match name {
        Some(name) => secret_allowed(url, &format!("query parameter `{name}`"), allow_insecure),
        None => Ok(()),
    }
}

/// Whether the credential `what` may go to `url`: encrypted, to a loopback host, or allowed (the
/// auth crate's rule, [`cloudsdk_auth::credentials_may_travel`]).
fn secret_allowed(url: &Url, what: &str, allow_insecure: bool) -> Result<(), String> {
    if cloudsdk_auth::credentials_may_travel(url, allow_insecure) {
        return Ok(());
    }
    Err(format!(
        "refusing to send the {what} (a credential) to {} unencrypted: only loopback hosts \
         (127.0.0.0/8, ::1, localhost) may be reached over http:// or ws://; use https:// or \
         wss://, or call ClientBuilder::allow_insecure_http() to allow it",
        url.origin().ascii_serialization()
    ))
}

fn first_sensitive(headers: &HeaderMap) -> Option<&HeaderName> {
    headers
        .iter()
        .find(|(_, value)| value.is_sensitive())
        .map(|(name, _)| name)
}

#[cfg(test)]
mod tests {
    use crate::confine::*;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("url")
    }

    #[test]
    fn a_url_must_stay_on_the_base_origin_and_path() {
        let base = url("https://api.example.com/v2");
        for ok in [
            "https://api.example.com/v2",
            "https://api.example.com/v2/x",
            "https://api.example.com:443/v2/x?y",
        ] {
            assert!(within_base(&base, &url(ok)).is_ok(), "{ok}");
        }
        for bad in [
            "http://api.example.com/v2/x",
            "https://api.example.com.evil.example/v2/x",
            "https://api.example.com:8443/v2/x",
            "https://api.example.com/v2x",
            "https://api.example.com/admin",
        ] {
            assert!(within_base(&base, &url(bad)).is_err(), "{bad}");
        }
        assert!(within_base(&url("http://h:1"), &url("http://h:1/any")).is_ok());
    }

    #[test]
    fn a_signing_url_moves_to_the_origin_it_is_sent_to() {
        let mut signing = url("https://api.example.com/v2/logs/a?x=1");
        rebase(&mut signing, &url("ws://127.0.0.1:9000/prefix/socket")).expect("moved");
        assert_eq!(signing.as_str(), "http://127.0.0.1:9000/v2/logs/a?x=1");
        rebase(&mut signing, &url("wss://logs.example.com/")).expect("moved");
        assert_eq!(signing.as_str(), "https://logs.example.com/v2/logs/a?x=1");
        rebase(&mut signing, &url("https://[::1]:8443/")).expect("moved");
        assert_eq!(signing.as_str(), "https://[::1]:8443/v2/logs/a?x=1");
    }

    #[test]
    fn sensitive_headers_need_encryption_or_loopback() {
        let mut headers = HeaderMap::new();
        headers.insert("x-tenant", "t".parse().expect("value"));
        let remote = url("http://api.example.com/x");
        assert!(credentials_allowed(&remote, &headers, false).is_ok());
        let mut key: http::HeaderValue = "k".parse().expect("value");
        key.set_sensitive(true);
        headers.insert("x-api-key", key);
        let refused = credentials_allowed(&remote, &headers, false).unwrap_err();
        assert!(refused.contains("`x-api-key`"), "{refused}");
        assert!(!refused.contains("x-tenant"), "{refused}");
        for ok in [
            "https://api.example.com",
            "ws://127.0.0.1:1",
            "http://localhost",
        ] {
            assert!(
                credentials_allowed(&url(ok), &headers, false).is_ok(),
                "{ok}"
            );
        }
        assert!(credentials_allowed(&remote, &headers, true).is_ok());
        assert!(credentials_allowed(&url("ws://0.0.0.0:1"), &headers, false).is_err());
    }

    #[test]
    fn a_query_credential_needs_encryption_or_loopback() {
        let remote = url("http://api.example.com/x");
        assert!(query_credential_allowed(&remote, None, false).is_ok());
        let refused = query_credential_allowed(&remote, Some("api_key"), false).unwrap_err();
        assert!(refused.contains("query parameter `api_key`"), "{refused}");
        for ok in ["https://api.example.com", "http://127.0.0.1:1", "wss://h"] {
            assert!(
                query_credential_allowed(&url(ok), Some("k"), false).is_ok(),
                "{ok}"
            );
        }
        assert!(query_credential_allowed(&remote, Some("k"), true).is_ok());
    }
}
