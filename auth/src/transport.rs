//! The rule every scheme applies before credentials leave the process: they travel encrypted
//! (`https://`, `wss://`), or to this machine (a loopback host), or the user opted in.

use url::Host;

use crate::{AuthError, Url, endpoint};

/// [`credentials_may_travel`] as the schemes apply it: `opt_in` names the method that sets
/// `allow_insecure`, for the error message.
pub(crate) fn check(
    url: &Url,
    allow_insecure: bool,
    opt_in: &'static str,
) -> Result<(), AuthError> {
    if credentials_may_travel(url, allow_insecure) {
        return Ok(());
    }
    Err(AuthError::InsecureTransport {
        url: endpoint::name(url),
        opt_in,
    })
}

/// Whether credentials may be sent to `url`: always over `https://` and `wss://`; over any
/// other scheme (`http://`, `ws://`) only to a loopback host (`127.0.0.0/8`, `::1`,
/// `localhost`), unless `allow_insecure` is set. Every authentication scheme applies it, and
/// `cloudsdk-runtime` applies it to the credentials a client holds itself.
pub fn credentials_may_travel(url: &Url, allow_insecure: bool) -> bool {
    allow_insecure || matches!(url.scheme(), "https" | "wss") || is_loopback(url)
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        Some(Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(url: &str) -> bool {
        check(&Url::parse(url).unwrap(), false, "X::allow_insecure_http()").is_ok()
    }

    #[test]
    fn encrypted_or_loopback_only() {
        for url in [
            "https://api.example.com/v2",
            "wss://api.example.com/logs",
            "http://127.0.0.1:8080/x",
            "http://127.1.2.3/x",
            "ws://127.0.0.1:9/socket",
            "http://[::1]:8080/x",
            "http://localhost:3000/x",
            "http://LOCALHOST/x",
        ] {
            assert!(allowed(url), "{url}");
        }
        for url in [
            "http://api.example.com/v2",
            "ws://api.example.com/logs",
            "http://10.0.0.1/x",
            "http://0.0.0.0:8080/x",
            "http://[::ffff:127.0.0.1]/x",
            "http://localhost.example.com/x",
            "http://128.0.0.1/x",
            "ftp://files.example.com/x",
        ] {
            assert!(!allowed(url), "{url}");
        }
    }

    #[test]
    fn the_error_names_the_url_and_the_opt_in_but_no_user_info() {
        let url = Url::parse("http://user:pw@api.example.com/v2/x?key=k").unwrap();
        let err = check(&url, false, "BearerToken::allow_insecure_http()").unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains("http://api.example.com/v2/x")
                && message.contains("BearerToken::allow_insecure_http()"),
            "{message}"
        );
        assert!(
            !message.contains("pw") && !message.contains("key=k"),
            "{message}"
        );
        assert!(check(&url, true, "").is_ok());
    }
}
